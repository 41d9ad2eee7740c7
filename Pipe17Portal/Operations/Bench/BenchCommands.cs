using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench tiktok-import --orders 10000`: the real portal and its TikTok emulator on loopback, a merchant connecting
/// a shop that already has N orders (timed until all are imported), then single orders placed one by one with the
/// time from placing to visible in the portal (the webhook path). Throw-away databases; nothing else is touched.
/// </summary>
public static class BenchCommands
{
    public const string ImportTarget = "10,000 orders in <= 60 s, Connect included";
    public const string ImportWebhookTarget = "p95 <= 1,000 ms from webhook to order visible";
    public const string ConnectTarget = "Connect's checks in <= 5 s";
    public const string CatalogTarget = "50,000 products in <= 60 s";

    public static Command Create(WebApplication app)
    {
        var bench = new Command("bench", "Measure the portal's flows against its sandbox on this machine. Each result is one JSON line on standard output.");
        var orders = new Option<int>("--orders") { Description = "How many orders the shop holds when it connects.", DefaultValueFactory = _ => 10_000 };
        var webhooks = new Option<int>("--webhook-orders") { Description = "How many single orders to time through the webhook path.", DefaultValueFactory = _ => 50 };
        var import = new Command("tiktok-import", "Import N TikTok orders end to end, then time webhook → order visible, then the ceiling (search + detail calls alone).") { orders, webhooks };
        import.SetAction(async (result, ct) => await TikTokImportAsync(app, result.GetValue(orders), result.GetValue(webhooks), ct));
        bench.Subcommands.Add(import);

        var products = new Option<int>("--products") { Description = "How many products (masters + variants) the instance holds.", DefaultValueFactory = _ => 50_000 };
        var catalog = new Command("sfcc-catalog", "Connect a sandbox Salesforce instance (timed), then the ceiling (product-search pages and each master's variations, nothing stored), then pull a catalog of N products (timed).") { products };
        catalog.SetAction(async (result, ct) => await SfccCatalogAsync(app, result.GetValue(products), ct));
        bench.Subcommands.Add(catalog);

        var pushOrders = new Option<int>("--orders") { Description = "How many TikTok orders to push into Salesforce.", DefaultValueFactory = _ => 10_000 };
        var pushWebhooks = new Option<int>("--webhook-orders") { Description = "How many single orders to time from paid in TikTok to created in SFCC.", DefaultValueFactory = _ => 50 };
        var ceilingOrders = new Option<int>("--ceiling-orders") { Description = "How many orders to drive straight into the SFCC emulator for the ceiling before the push (0: none).", DefaultValueFactory = _ => 1_000 };
        var push = new Command("orders", "The ceiling (the push's SFCC calls alone), then push N TikTok orders into Salesforce end to end (timed), then time paid → SFCC order through webhooks.") { pushOrders, pushWebhooks, ceilingOrders };
        push.SetAction(async (result, ct) => await OrdersBench.RunAsync(app, result.GetValue(pushOrders), result.GetValue(pushWebhooks), result.GetValue(ceilingOrders), ct));
        bench.Subcommands.Add(push);
        var inventorySkus = new Option<int>("--skus") { Description = "How many SKUs both sandboxes hold for the forced full resync (a multiple of 10).", DefaultValueFactory = _ => 100_000 };
        var inventoryChanges = new Option<int>("--changes") { Description = "How many single SKU stock changes to time from SFCC to TikTok.", DefaultValueFactory = _ => 20 };
        var inventory = new Command("inventory", "Forced full inventory resync of N SKUs from SFCC to TikTok (timed, with its ceiling), then single stock changes timed from SFCC to TikTok.") { inventorySkus, inventoryChanges };
        inventory.SetAction(async (result, ct) => await InventoryBench.RunAsync(app, result.GetValue(inventorySkus), result.GetValue(inventoryChanges), ct));
        bench.Subcommands.Add(inventory);
        bench.Subcommands.Add(OrdersPageBench.Command(app));
        bench.Subcommands.Add(FulfillmentsBench.Command(app));
        bench.Subcommands.Add(ChecksBench.Command(app));
        bench.Subcommands.Add(AskBench.Command(app));
        bench.Subcommands.Add(StartupBench.Create());
        bench.Subcommands.Add(BenchAll.Create());
        return bench;
    }

    private static async Task<int> TikTokImportAsync(WebApplication app, int orderCount, int webhookOrders, CancellationToken ct)
    {
        if (orderCount is < 1 or > 100_000 || webhookOrders is < 0 or > 1_000)
        {
            await Console.Error.WriteLineAsync("--orders must be 1–100000 and --webhook-orders 0–1000.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            Console.Error.WriteLine($"Portal with sandbox on {baseUri}, databases in {BenchHost.Folder}");

            using var browser = await BenchBrowser.ForNewWorkspaceAsync(app, baseUri, ct);
            var connectionId = await browser.AddSandboxShopAsync();
            var accountId = await SandboxAccountAsync(app, connectionId, ct);
            using var control = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };

            var placing = Stopwatch.StartNew();
            for (var left = orderCount; left > 0; left -= 5_000)
            {
                await PlaceAsync(control, accountId, Math.Min(5_000, left), ct);
            }
            Console.Error.WriteLine($"Placed {orderCount} orders in the sandbox shop in {placing.Elapsed.TotalSeconds:0.0} s (not part of the import time).");

            var import = Stopwatch.StartNew();
            await browser.ConnectAsync(connectionId); // Connect starts the first pull at once
            var imported = await WaitForOrdersAsync(app, connectionId, orderCount, TimeSpan.FromMinutes(10), ct);
            import.Stop();
            var importResult = BenchResult.Throughput("tiktok-import", "import", imported, import.Elapsed, ImportTarget, rate => rate >= 10_000 / 60.0);

            BenchResult? webhookResult = null;
            if (webhookOrders > 0)
            {
                var latencies = new List<double>();
                for (var i = 0; i < webhookOrders; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var id = (await PlaceAsync(control, accountId, 1, ct)).Single();
                    while (!await OrderExistsAsync(app, connectionId, id, ct))
                    {
                        if (watch.Elapsed > TimeSpan.FromSeconds(30))
                        {
                            throw new TimeoutException($"Order {id} did not arrive within 30 s of its webhook.");
                        }
                        await Task.Delay(5, ct);
                    }
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
                webhookResult = BenchResult.Latency("tiktok-import", "webhook", latencies, ImportWebhookTarget, (p95, _) => p95 <= 1_000);
            }

            // The ceiling afterwards (read-only calls, so the import is not disturbed): the same search pages and detail batches alone.
            Console.Error.WriteLine("Ceiling: every order search page and detail batch of the shop, straight from the TikTok emulator…");
            var (read, took) = await BenchCeilings.TikTokOrdersAsync(app, connectionId, ct);
            var ceiling = BenchResult.Throughput("tiktok-import", "ceiling", read, took, "none: the TikTok emulator's raw rate for the import's calls");
            ceiling.Write();
            importResult.WithCeiling(ceiling.ThroughputPerS).Write();
            webhookResult?.Write();
            return 0;
        }, ct);
    }

    private static async Task<int> SfccCatalogAsync(WebApplication app, int productCount, CancellationToken ct)
    {
        if (productCount is < 5 or > 250_000)
        {
            await Console.Error.WriteLineAsync("--products must be 5–250000.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            using var browser = await BenchBrowser.ForNewWorkspaceAsync(app, baseUri, ct);
            var connectionId = await browser.AddSandboxSfccAsync();
            await WaitForQuietAsync(app, connectionId, ct);
            var accountId = await SandboxAccountAsync(app, connectionId, ct);

            var connect = Stopwatch.StartNew();
            var checks = await browser.ConnectSfccAsync(connectionId);
            connect.Stop();
            Console.Error.WriteLine($"sfcc connect: {checks} checks passed.");
            BenchResult.Duration("sfcc-catalog", "connect", checks, connect.Elapsed, ConnectTarget, connect.Elapsed <= TimeSpan.FromSeconds(5)).Write();
            await WaitForQuietAsync(app, connectionId, ct);

            // Masters with 4 variants each: 5 products per master.
            using var control = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
            var generate = await control.PostAsJsonAsync($"/sandbox/_control/accounts/{accountId}/sfcc/catalog/generate", new { masters = productCount / 5, variants_per_master = 4 }, ct);
            if (!generate.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Generating the catalog failed: {await generate.Content.ReadAsStringAsync(ct)}");
            }

            // The ceiling first (read-only): every product-search page alone, without storing anything.
            Console.Error.WriteLine("Ceiling: every product-search page and every master's variations, straight from the SFCC emulator…");
            var (searched, took) = await BenchCeilings.SfccCatalogAsync(app, connectionId, ct);
            var ceiling = BenchResult.Throughput("sfcc-catalog", "ceiling", searched, took, "none: the SFCC emulator's raw rate for the pull's calls");
            ceiling.Write();

            var pull = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<Connectors.Sfcc.Jobs.SfccCatalogPull>().RunAsync(connectionId, ct);
            }
            pull.Stop();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var stored = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Products.IgnoreQueryFilters().CountAsync(p => p.SourceConnectionId == connectionId, ct);
                BenchResult.Throughput("sfcc-catalog", "pull", stored, pull.Elapsed, CatalogTarget, rate => rate >= 50_000 / 60.0, ceiling.ThroughputPerS).Write();
            }
            return 0;
        }, ct);
    }

    internal static async Task WaitForQuietAsync(WebApplication app, Guid connectionId, CancellationToken ct)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters()
                .AnyAsync(r => r.ConnectionId == connectionId && r.Status == SyncRunStatus.Running, ct))
            {
                return;
            }
            await Task.Delay(100, ct);
        }
    }

    internal static async Task<IReadOnlyList<string>> PlaceAsync(HttpClient control, Guid accountId, int count, CancellationToken ct, object? skus = null)
    {
        var response = await control.PostAsJsonAsync($"/sandbox/_control/accounts/{accountId}/tiktok/orders", new { count, status = "AWAITING_SHIPMENT", skus }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Placing orders failed: {body}");
        }
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("order_ids").EnumerateArray().Select(e => e.GetString()!)];
    }

    private static async Task<int> WaitForOrdersAsync(WebApplication app, Guid connectionId, int expected, TimeSpan limit, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var count = await db.Orders.IgnoreQueryFilters().CountAsync(o => o.SourceConnectionId == connectionId, ct);
            var failed = await db.SyncRuns.IgnoreQueryFilters().Where(r => r.ConnectionId == connectionId && r.Flow == TikTokOrderPull.Flow && r.Status == SyncRunStatus.Failed)
                .Select(r => r.Error).FirstOrDefaultAsync(ct);
            if (failed is not null)
            {
                throw new InvalidOperationException($"The order pull failed: {failed}");
            }
            if (count >= expected)
            {
                return count;
            }
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Only {count} of {expected} orders arrived within {limit.TotalMinutes} minutes.");
            }
            await Task.Delay(50, ct);
        }
    }

    private static async Task<bool> OrderExistsAsync(WebApplication app, Guid connectionId, string orderId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters()
            .AnyAsync(o => o.SourceConnectionId == connectionId && o.SourceOrderId == orderId, ct);
    }

    internal static async Task<Guid> SandboxAccountAsync(WebApplication app, Guid connectionId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var workspaceId = await db.Connections.IgnoreQueryFilters().Where(c => c.Id == connectionId).Select(c => c.WorkspaceId).SingleAsync(ct);
        return await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.SandboxAccountId).SingleAsync(ct)
            ?? throw new InvalidOperationException("Use sandbox did not record a sandbox account.");
    }
}
