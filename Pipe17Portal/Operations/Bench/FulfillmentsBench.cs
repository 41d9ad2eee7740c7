using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Connectors.Sfcc.Shipping;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench fulfillments --orders 5000`: both sandboxes connected as the setup guide says, every carrier mapped, N TikTok
/// orders pushed into SFCC (not timed). Then (1) latency: single orders shipped in SFCC through the control API, timed until
/// the TikTok package shows the tracking number (read through the control API), with the default schedules; (2) throughput:
/// the fulfillment pull is switched off while the warehouse ships N orders, then switched on and timed until every
/// fulfillment is confirmed on TikTok; (3) the ceiling: the same SFCC pages and TikTok calls (order detail, ship, package
/// read-back) driven straight at the emulators.
/// </summary>
public static class FulfillmentsBench
{
    public const string LatencyTarget = "p95 <= 10 s from shipped in SFCC to tracking on the TikTok package";
    public const string ThroughputTarget = "5,000 fulfillments SFCC -> TikTok in <= 60 s";
    private static readonly object[] Lines = [new { seller_sku = "TEE-CLASSIC-BLK-M", quantity = 1 }, new { seller_sku = "CAP-DAD-NVY-OS", quantity = 1 }];

    public static Command Command(WebApplication app)
    {
        var orders = new Option<int>("--orders") { Description = "How many fulfillments to time SFCC -> TikTok.", DefaultValueFactory = _ => 5_000 };
        var latency = new Option<int>("--latency-orders") { Description = "How many single orders to time from shipped in SFCC to tracking on TikTok.", DefaultValueFactory = _ => 20 };
        var command = new Command("fulfillments", "Time single shipments SFCC -> tracking on TikTok (default schedules), then N fulfillments end to end, then the sandbox ceiling.") { orders, latency };
        command.SetAction(async (result, ct) => await RunAsync(app, result.GetValue(orders), result.GetValue(latency), ct));
        return command;
    }

    public static async Task<int> RunAsync(WebApplication app, int orderCount, int latencyOrders, CancellationToken ct)
    {
        if (orderCount is < 1 or > 50_000 || latencyOrders is < 0 or > 500)
        {
            await Console.Error.WriteLineAsync("--orders must be 1–50000 and --latency-orders 0–500.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            Console.Error.WriteLine($"Portal with sandbox on {baseUri}, databases in {BenchHost.Folder}");
            using var control = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
            var (browser, shopId, sfccId, accountId) = await SetUpAsync(app, baseUri, control, ct);
            using var _ = browser;
            var sfcc = $"/sandbox/_control/accounts/{accountId}/sfcc";
            var tiktok = $"/sandbox/_control/accounts/{accountId}/tiktok";

            // Orders in SFCC (not timed): placed in TikTok, imported and pushed by the portal's own flows.
            var total = orderCount + latencyOrders;
            var ids = new List<string>();
            for (var left = total; left > 0; left -= 5_000)
            {
                ids.AddRange(await BenchCommands.PlaceAsync(control, accountId, Math.Min(5_000, left), ct, Lines));
            }
            await WaitAsync("orders in SFCC", total, () => CountAsync(app, db => db.ExternalLinks.IgnoreQueryFilters().CountAsync(l => l.ConnectionId == sfccId, ct)), TimeSpan.FromMinutes(15), ct);

            // 1. Latency with the default schedules: ship one order, poll TikTok (control API) until its package carries the tracking.
            if (latencyOrders > 0)
            {
                var latencies = new List<double>();
                foreach (var id in ids.Take(latencyOrders))
                {
                    var tracking = $"1ZBENCH{latencies.Count:D10}";
                    var watch = Stopwatch.StartNew();
                    await BenchControl.SendAsync(control, HttpMethod.Post, $"{sfcc}/orders/TT{id}/ship", new { tracking_number = tracking, carrier = "UPS" }, ct);
                    while (!await TrackedAsync(control, $"{tiktok}/orders/{id}", tracking, ct))
                    {
                        if (watch.Elapsed > TimeSpan.FromSeconds(60))
                        {
                            throw new TimeoutException($"Order {id} shipped in SFCC showed no tracking on TikTok within 60 s.");
                        }
                        await Task.Delay(20, ct);
                    }
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
                BenchResult.Latency("fulfillments", "ship-to-tracking", latencies, LatencyTarget, (p95, _) => p95 <= 10_000).Write();
            }

            // 2. Throughput: the warehouse ships N orders while the pull is off; then the pull is switched on and timed.
            await SetPullAsync(app, sfccId, on: false, ct);
            var bulk = ids.Skip(latencyOrders).ToList();
            var shipping = Stopwatch.StartNew();
            await Parallel.ForEachAsync(bulk.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (o, token) =>
                await BenchControl.SendAsync(control, HttpMethod.Post, $"{sfcc}/orders/TT{o.id}/ship", new { tracking_number = $"1ZBULK{o.i:D11}", carrier = "UPS" }, token));
            Console.Error.WriteLine($"Shipped {bulk.Count} orders in SFCC in {shipping.Elapsed.TotalSeconds:0.0} s with the pull off (not timed).");
            var confirmedBefore = latencyOrders; // each latency order was waited for until TikTok showed its tracking
            var timed = Stopwatch.StartNew();
            await SetPullAsync(app, sfccId, on: true, ct);
            await WaitAsync("fulfillments confirmed on TikTok", confirmedBefore + bulk.Count, () => ConfirmedAsync(app, ct), TimeSpan.FromMinutes(15), ct);
            timed.Stop();
            var blocked = await CountAsync(app, db => db.WorkItems.IgnoreQueryFilters().CountAsync(w => w.ConnectionId == shopId && w.State == PushState.Blocked, ct));

            // 3. The ceiling: the SFCC pages and TikTok calls of the flow, straight at the emulators, on the same orders.
            Console.Error.WriteLine("Ceiling: the shipped SFCC orders' pages, then per order the TikTok order detail, batch ship and order read-back per 50 orders…");
            var (calls, took) = await CeilingAsync(app, sfccId, shopId, bulk, ct);
            var ceiling = BenchResult.Throughput("fulfillments", "ceiling", calls, took, "none: the emulators' raw rate for the flow's calls");
            ceiling.Write();
            BenchResult.Throughput("fulfillments", "sfcc-to-tiktok", bulk.Count, timed.Elapsed, ThroughputTarget,
                rate => rate >= 5_000 / 60.0 && blocked == 0, ceiling.ThroughputPerS).Write();
            return 0;
        }, ct);
    }

    /// <summary>
    /// Each TikTok delivery option to an SFCC method that costs at least TikTok's fee (Standard 5.99 → Ground 5.99, Express
    /// 12.99 → Overnight 15.99, Seller 4.99 → Overnight 15.99): the push lowers a method's price to TikTok's fee with an
    /// adjustment, and SFCC never lets an adjustment raise one (the push stops an order whose fee is above its method's price).
    /// </summary>
    internal static readonly Client.Api.Contracts.LookupRow[] ShippingMapping =
        [new("Standard shipping", "001"), new("Express shipping", "003"), new("Seller shipping", "003")];

    /// <summary>
    /// Both sandboxes connected as the setup guide says: TTS and a generic customer in SFCC, the two order SKUs stocked,
    /// every delivery option and UPS mapped, Push orders on. <paramref name="control"/> is the sandbox's address (the
    /// portal's own, or another process's for the soak).
    /// </summary>
    internal static async Task<(BenchBrowser Browser, Guid ShopId, Guid SfccId, Guid AccountId)> SetUpAsync(WebApplication app, Uri baseUri, HttpClient control, CancellationToken ct,
        int orderSkuStock = 10_000_000)
    {
        var browser = await BenchBrowser.ForNewWorkspaceAsync(app, baseUri, ct);
        var shopId = await browser.AddSandboxShopAsync();
        await ChangeAsync(app, shopId, json => (TikTokConnectionSettings.Read(json) with { OrderHoldMinutes = 0 }).Write(), ct);
        var sfccId = await browser.AddSandboxSfccAsync();
        await OrdersBench.WaitForCatalogAsync(app, sfccId, ct); // Use sandbox's own pull: a second one beside it would collide
        var accountId = await BenchCommands.SandboxAccountAsync(app, sfccId, ct);
        var sfcc = $"/sandbox/_control/accounts/{accountId}/sfcc";
        await BenchControl.SendAsync(control, HttpMethod.Post, $"{sfcc}/payment-methods", new { id = "TTS", name = "TikTok Shop" }, ct);
        var customer = await BenchControl.SendAsync(control, HttpMethod.Post, $"{sfcc}/customers", new { email = "tiktok-orders@bench.example", first_name = "TikTok", last_name = "Shop Orders" }, ct);
        foreach (var sku in new[] { "TEE-CLASSIC-BLK-M", "CAP-DAD-NVY-OS" })
        {
            await BenchControl.SendAsync(control, HttpMethod.Put, $"{sfcc}/inventory/{sku}", new { quantity = orderSkuStock }, ct);
        }
        await browser.PutAsync<OrderMappingView>($"/api/v1/connections/{sfccId}/sfcc/mapping", new OrderMappingUpdate(
            [new FieldMapping("shipments[0].shipping_method.id", FieldMappingKind.Lookup, LookupSource: "shipping.optionName",
                Lookup: ShippingMapping)]));
        await browser.PutAsync<OrderSyncSettingsView>($"/api/v1/connections/{sfccId}/sfcc/order-sync", new OrderSyncSettingsUpdate(
            true, [OrderStatus.ReadyForFulfillment, OrderStatus.Canceled], [], false, CustomerMatchingStrategy.GenericForAll, customer.GetProperty("customer_no").GetString()!));
        await browser.ConnectAsync(shopId);
        // The carrier mapping through its API, with the provider TikTok offers under that name.
        var mapping = JsonDocument.Parse(await browser.Http.GetStringAsync($"/api/v1/connections/{shopId}/tiktok/carrier-mapping", ct)).RootElement;
        var ups = mapping.GetProperty("providers").EnumerateArray().First(p => p.GetProperty("name").GetString() == "UPS").GetProperty("id").GetString()!;
        await browser.PutAsync<CarrierMappingView>($"/api/v1/connections/{shopId}/tiktok/carrier-mapping", new CarrierMappingUpdate([new("UPS", ups, "UPS")]));
        return (browser, shopId, sfccId, await BenchCommands.SandboxAccountAsync(app, shopId, ct));
    }

    /// <summary>Switches the fulfillment pull as the settings page would: stored setting, then the schedule follows it.</summary>
    private static async Task SetPullAsync(WebApplication app, Guid sfccId, bool on, CancellationToken ct)
    {
        var connection = await ChangeAsync(app, sfccId, json => (SfccConnectionSettings.Read(json) with { PullFulfillments = on }).Write(), ct);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SfccLink>().ApplyScheduleAsync(connection, ct);
    }

    private static async Task<Connection> ChangeAsync(WebApplication app, Guid connectionId, Func<string, string> change, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId, ct);
        connection.SettingsJson = change(connection.SettingsJson);
        await db.SaveChangesAsync(ct);
        return connection;
    }

    private static async Task<(int Calls, TimeSpan Elapsed)> CeilingAsync(WebApplication app, Guid sfccId, Guid shopId, IReadOnlyList<string> orderIds, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var sfccConnection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == sfccId, ct);
        var sfcc = await scope.ServiceProvider.GetRequiredService<SfccLink>().ClientAsync(db, sfccConnection, SfccConnectionSettings.Read(sfccConnection.SettingsJson), ct);
        var shop = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == shopId, ct);
        var tiktok = await scope.ServiceProvider.GetRequiredService<TikTokShopLink>().ClientAsync(shop, ct, db);
        var concurrency = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Connectors.TikTokShop.Fulfillment.FulfillmentPushOptions>>().Value.MaxConcurrency;

        var watch = Stopwatch.StartNew();
        var pages = 0;
        await foreach (var page in sfcc.Orders.ListAllAsync(SfccFulfillmentPull.Shipped with { SortBy = "last_modified_date", SortOrder = "asc" }, ct))
        {
            pages += page.IsSuccess ? 1 : throw new InvalidOperationException($"SFCC order list failed in the ceiling: {page.Error}");
        }
        // The flow's calls as its batchers make them at best: order detail, batch ship and the read-back, 50 orders a call.
        var batches = orderIds.Chunk(TikTokShopClient.OrderDetailBatchSize).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency / 8), CancellationToken = ct }, async (ids, token) =>
        {
            var orders = await tiktok.GetOrderDetailsAsync(ids, token);
            var packageIds = orders.IsSuccess ? orders.Data.Select(o => o.LineItems.First().PackageId!).ToList() : throw new InvalidOperationException($"Order detail failed in the ceiling: {orders.Error}");
            // The packages are shipped already: TikTok answers each with its refusal after the same checks a first ship makes.
            var shipped = await tiktok.BatchShipPackagesAsync([.. packageIds.Select(id => new TikTokBatchShipPackage { Id = id, SelfShipment = new TikTokSelfShipment("1ZCEILING0001", "0") })], token);
            _ = shipped.IsSuccess ? shipped.Data : throw new InvalidOperationException($"Batch ship failed in the ceiling: {shipped.Error}");
            var readBack = await tiktok.GetOrderDetailsAsync(ids, token);
            _ = readBack.IsSuccess ? readBack.Data : throw new InvalidOperationException($"Order read-back failed in the ceiling: {readBack.Error}");
        });
        watch.Stop();
        Console.Error.WriteLine($"Ceiling: {pages} SFCC pages and {batches.Count} × 3 TikTok calls (50 orders each) in {watch.Elapsed.TotalSeconds:0.00} s.");
        return (orderIds.Count, watch.Elapsed);
    }

    private static async Task<int> ConfirmedAsync(WebApplication app, CancellationToken ct) =>
        await CountAsync(app, db => db.Fulfillments.IgnoreQueryFilters().CountAsync(f => f.ChannelConfirmedAt != null, ct));

    private static async Task<int> CountAsync(WebApplication app, Func<PortalDbContext, Task<int>> count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static async Task WaitAsync(string what, int expected, Func<Task<int>> count, TimeSpan limit, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        while (true)
        {
            var now = await count();
            if (now >= expected)
            {
                return;
            }
            if (watch.Elapsed - reported >= TimeSpan.FromSeconds(5))
            {
                reported = watch.Elapsed;
                Console.Error.WriteLine($"  {reported.TotalSeconds,5:0} s: {now} of {expected} {what}");
            }
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Only {now} of {expected} {what} within {limit.TotalMinutes:0} minutes.");
            }
            await Task.Delay(100, ct);
        }
    }

    private static async Task<bool> TrackedAsync(HttpClient control, string path, string tracking, CancellationToken ct)
    {
        var body = JsonDocument.Parse(await control.GetStringAsync(path, ct)).RootElement;
        return body.GetProperty("packages").EnumerateArray().Any(p => p.TryGetProperty("tracking_number", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == tracking);
    }

}
