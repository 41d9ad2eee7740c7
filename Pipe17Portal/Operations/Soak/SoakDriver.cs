using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Operations.Bench;
using Pipe17Portal.Sandbox;

namespace Pipe17Portal.Operations.Soak;

/// <summary>
/// The soak's load, all through the sandbox control API (what buyers, TikTok and the warehouse do): orders placed every
/// second with varied lines and delivery options; of the orders that reach SFCC, a share cancelled on TikTok and a share
/// shipped in SFCC with a tracking number; one SKU's SFCC stock changed every second (sometimes above TikTok's maximum);
/// and, beside it, the portal process SIGKILLed at random moments and started again.
/// </summary>
public sealed class SoakDriver(WebApplication app, SoakOptions options, SoakLedger ledger, HttpClient control, Guid accountId, SoakProcess portal)
{
    /// <summary>The two SKUs orders are made of, and the SKUs whose stock the soak changes (sold on both sides).</summary>
    public static readonly string[] OrderSkus = ["TEE-CLASSIC-BLK-M", "CAP-DAD-NVY-OS"];
    public static readonly string[] StockSkus = ["MUG-CERAMIC-WHT-OS", "HOOD-ZIP-GRY-M", "TOTE-CANVAS-NAT-OS"];
    public static readonly string[] DeliveryOptions = ["Standard shipping", "Express shipping", "Seller shipping"];

    /// <summary>More than TikTok accepts for one SKU (0–99,999): the portal must offer TikTok's maximum, not fail.</summary>
    public const int AboveTikTokMaximum = 150_000;

    private readonly Random random = new(options.Seed);
    private string Tiktok => $"/sandbox/_control/accounts/{accountId}/tiktok";
    private string Sfcc => $"/sandbox/_control/accounts/{accountId}/sfcc";

    public async Task RunAsync(CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var kills = KillAsync(stop.Token);
        try
        {
            await PlaceAsync(ct);
        }
        finally
        {
            await kills; // every kill falls inside the placing window, and each restart is waited for
        }
        await DrainAsync(ct);
        // The last word on one SKU's stock is more than TikTok can hold: the portal must offer TikTok's maximum.
        await BenchControl.SendAsync(control, HttpMethod.Put, $"{Sfcc}/inventory/{StockSkus[0]}", new { quantity = AboveTikTokMaximum }, ct);
        Interlocked.Increment(ref ledger.StockChanges);
    }

    /// <summary>
    /// Still under faults, once a second: orders reaching SFCC after the placing are cancelled or shipped as well, and
    /// stock keeps changing, until every order has been seen in SFCC (or the quiet limit passes: the check will say which are missing).
    /// </summary>
    private async Task DrainAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        for (var tick = 1; ledger.Decided.Count < ledger.Created.Count && watch.Elapsed < TimeSpan.FromMinutes(options.QuietMinutes); tick++)
        {
            await DecideAsync(ct);
            await ChangeStockAsync(ct);
            if (tick % 10 == 0)
            {
                Console.Error.WriteLine($"  drain {watch.Elapsed.TotalSeconds,4:0} s: {ledger.Decided.Count} of {ledger.Created.Count} seen in SFCC, {ledger.Cancelled.Count} cancelled, {ledger.Shipped.Count} shipped");
            }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    private async Task PlaceAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var placed = 0;
        for (var tick = 0; tick < options.PlaceSeconds; tick++)
        {
            var due = (int)Math.Ceiling((double)(options.Orders - placed) / (options.PlaceSeconds - tick));
            while (due > 0)
            {
                var batch = Math.Min(due, 1 + random.Next(Math.Max(1, due)));
                await PlaceBatchAsync(batch, ct);
                placed += batch;
                due -= batch;
            }
            await DecideAsync(ct);
            await ChangeStockAsync(ct);
            if (tick % 10 == 9)
            {
                Console.Error.WriteLine($"  {watch.Elapsed.TotalSeconds,5:0} s: {placed} orders placed, {ledger.Decided.Count} seen in SFCC, {ledger.Cancelled.Count} cancelled, {ledger.Shipped.Count} shipped, {ledger.Kills} kills");
            }
            var next = TimeSpan.FromSeconds(tick + 1) - watch.Elapsed;
            if (next > TimeSpan.Zero)
            {
                await Task.Delay(next, ct);
            }
        }
    }

    private async Task PlaceBatchAsync(int count, CancellationToken ct)
    {
        var lines = OrderSkus.Where((_, i) => i == 0 || random.NextDouble() < 0.5)
            .Select(sku => new { seller_sku = sku, quantity = 1 + random.Next(3) }).ToArray();
        var option = DeliveryOptions[random.Next(DeliveryOptions.Length)];
        var answer = await BenchControl.SendAsync(control, HttpMethod.Post, $"{Tiktok}/orders",
            new { count, status = "AWAITING_SHIPMENT", skus = lines, delivery_option_name = option }, ct);
        foreach (var id in answer.GetProperty("order_ids").EnumerateArray())
        {
            ledger.Created[id.GetString()!] = true;
        }
    }

    /// <summary>Each order newly seen in SFCC: cancelled on TikTok (10 %), shipped in SFCC (30 %) or left alone.</summary>
    private async Task DecideAsync(CancellationToken ct)
    {
        List<string> inSfcc;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            inSfcc = await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().SfccDocuments.AsNoTracking()
                .Where(d => d.AccountId == accountId && d.Kind == "order").Select(d => d.Id).ToListAsync(ct);
        }
        foreach (var orderNo in inSfcc.Order(StringComparer.Ordinal))
        {
            var id = orderNo.StartsWith("TT", StringComparison.Ordinal) ? orderNo[2..] : orderNo;
            if (!ledger.Created.ContainsKey(id) || !ledger.Decided.Add(id))
            {
                continue;
            }
            var roll = random.NextDouble();
            if (roll < SoakOptions.CancelShare)
            {
                await BenchControl.SendAsync(control, HttpMethod.Post, $"{Tiktok}/orders/{id}/cancel", new { }, ct);
                ledger.Cancelled[id] = true;
            }
            else if (roll < SoakOptions.CancelShare + SoakOptions.ShipShare)
            {
                var tracking = $"1ZSOAK{ledger.Shipped.Count + 1:D10}";
                await BenchControl.SendAsync(control, HttpMethod.Post, $"{Sfcc}/orders/{orderNo}/ship", new { tracking_number = tracking, carrier = "UPS" }, ct);
                ledger.Shipped[id] = tracking;
            }
        }
    }

    private async Task ChangeStockAsync(CancellationToken ct)
    {
        var sku = StockSkus[random.Next(StockSkus.Length)];
        var quantity = random.NextDouble() < 0.1 ? AboveTikTokMaximum : random.Next(0, 400);
        await BenchControl.SendAsync(control, HttpMethod.Put, $"{Sfcc}/inventory/{sku}", new { quantity }, ct);
        Interlocked.Increment(ref ledger.StockChanges);
    }

    /// <summary>SIGKILLs at random moments of the placing window; each time the portal is started again after a pause.</summary>
    private async Task KillAsync(CancellationToken ct)
    {
        var own = new Random(options.Seed + 1); // this runs beside the placing, which has the other generator
        var window = TimeSpan.FromSeconds(options.PlaceSeconds);
        var moments = Enumerable.Range(0, options.Kills).Select(_ => window * (0.1 + 0.8 * own.NextDouble())).Order().ToList();
        var watch = Stopwatch.StartNew();
        foreach (var moment in moments)
        {
            if (moment > watch.Elapsed)
            {
                await Task.Delay(moment - watch.Elapsed, ct);
            }
            await portal.KillAsync();
            Interlocked.Increment(ref ledger.Kills);
            Console.Error.WriteLine($"  {watch.Elapsed.TotalSeconds,5:0} s: portal killed (SIGKILL #{ledger.Kills}); starting it again");
            await Task.Delay(TimeSpan.FromMilliseconds(500 + own.Next(2_500)), ct);
            await portal.StartAsync(ct);
            Console.Error.WriteLine($"  {watch.Elapsed.TotalSeconds,5:0} s: portal healthy again");
        }
    }
}
