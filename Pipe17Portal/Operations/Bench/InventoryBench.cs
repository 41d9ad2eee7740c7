using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Inventory;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench inventory --skus 100000 --changes 20`: the sandbox Salesforce and TikTok shop both hold N generated SKUs (the
/// catalog generators of both emulators; 10 variants per product) and are connected with default schedules. Timed:
/// *Force inventory catalog resync* switched on → every SKU's quantity accepted by TikTok. Then single SKUs' stock is
/// changed in SFCC one by one, each timed until TikTok accepted the new quantity. Ceilings, in the same run: the flow's
/// emulator calls alone (OCI get-availability for every SKU plus one TikTok inventory update per product; one get-deltas
/// plus one update for a single change), through the portal's own clients, without any portal database work.
/// </summary>
public static class InventoryBench
{
    public const string ResyncTarget = "100,000 SKUs in <= 90 s";
    public const string LatencyTarget = "p95 <= 10 s from stock changed in SFCC to quantity on TikTok";
    private const int VariantsPerProduct = 10;

    public static async Task<int> RunAsync(WebApplication app, int skuCount, int changes, CancellationToken ct)
    {
        if (skuCount is < 10 or > 250_000 || skuCount % VariantsPerProduct != 0 || changes is < 0 or > 500)
        {
            await Console.Error.WriteLineAsync($"--skus must be 10–250000 and a multiple of {VariantsPerProduct}; --changes 0–500.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            Console.Error.WriteLine($"Portal with sandbox on {baseUri}, databases in {BenchHost.Folder}");
            using var browser = await BenchBrowser.ForNewWorkspaceAsync(app, baseUri, ct);
            using var control = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(10) };
            var shopId = await browser.AddSandboxShopAsync();
            await browser.ConnectAsync(shopId);
            var sfccId = await browser.AddSandboxSfccAsync();
            await OrdersBench.WaitForCatalogAsync(app, sfccId, ct);
            var accountId = await BenchCommands.SandboxAccountAsync(app, sfccId, ct);

            var masters = skuCount / VariantsPerProduct;
            var generating = Stopwatch.StartNew();
            await BenchControl.SendAsync(control, HttpMethod.Post, $"/sandbox/_control/accounts/{accountId}/sfcc/catalog/generate", new { masters, variants_per_master = VariantsPerProduct }, ct);
            await BenchControl.SendAsync(control, HttpMethod.Post, $"/sandbox/_control/accounts/{accountId}/tiktok/products/generate", new { masters, variants_per_master = VariantsPerProduct }, ct);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SfccCatalogPull>().RunAsync(sfccId, ct);
            }
            Console.Error.WriteLine($"Generated {skuCount} SKUs on both sides and pulled the catalog in {generating.Elapsed.TotalSeconds:0.0} s (not timed); letting the first sync settle…");
            await SettleAsync(app, shopId, ct);

            // The resync: with the pull off, every SKU's stock changes in SFCC (the generator writes other stock), then Pull
            // inventory and Force inventory catalog resync are switched on: timed until TikTok accepted every new quantity.
            await SwitchPullAsync(app, sfccId, on: false, force: false, ct);
            await Task.Delay(3_000, ct); // a poll that had already started finishes
            await BenchControl.SendAsync(control, HttpMethod.Post, $"/sandbox/_control/accounts/{accountId}/sfcc/catalog/generate", new { masters, variants_per_master = VariantsPerProduct, stock_offset = 7 }, ct);
            var started = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            await SwitchPullAsync(app, sfccId, on: true, force: true, ct);
            var reported = TimeSpan.Zero;
            while (true)
            {
                var (linked, inStep) = await CountsAsync(app, shopId, ct, started);
                if (watch.Elapsed - reported >= TimeSpan.FromSeconds(5))
                {
                    reported = watch.Elapsed;
                    Console.Error.WriteLine($"  {reported.TotalSeconds,5:0} s: {inStep} of {linked} SKUs in step on TikTok");
                }
                // The generated SKUs all changed; the sandbox's own few dozen did not, so they are not recomputed.
                if (inStep >= skuCount && await ResyncDoneAsync(app, sfccId, ct))
                {
                    break;
                }
                if (watch.Elapsed > TimeSpan.FromMinutes(15))
                {
                    throw new TimeoutException($"Only {inStep} of {linked} SKUs were in step on TikTok within 15 minutes.");
                }
                await Task.Delay(250, ct);
            }
            watch.Stop();

            // Ceiling of the resync: the emulator calls alone, for every SKU the resync linked (measured after it, since
            // the links to TikTok's products exist only once the portal has read the shop's catalog).
            var (ceilingSkus, ceilingTook) = await ResyncCeilingAsync(app, sfccId, shopId, ct);
            var ceiling = BenchResult.Throughput("inventory", "resync-ceiling", ceilingSkus, ceilingTook, "none: OCI get-availability for every SKU and a TikTok update per product, called directly");
            ceiling.Write();
            BenchResult.Throughput("inventory", "full-resync", skuCount, watch.Elapsed, ResyncTarget,
                rate => rate >= 100_000 / 90.0, ceiling.ThroughputPerS).Write();

            if (changes > 0)
            {
                var skus = await SampleSkusAsync(app, shopId, changes, ct);
                var site = await SiteAsync(app, sfccId, ct);
                var latencies = new List<double>();
                var quantity = 500;
                foreach (var sku in skus)
                {
                    quantity++;
                    var changedAt = DateTimeOffset.UtcNow;
                    var single = Stopwatch.StartNew();
                    await BenchControl.SendAsync(control, HttpMethod.Put, $"/sandbox/_control/accounts/{accountId}/sfcc/inventory/{sku}", new { quantity, location = $"{site}-store" }, ct);
                    while (!await AcceptedAsync(app, shopId, sku, changedAt, ct))
                    {
                        if (single.Elapsed > TimeSpan.FromSeconds(60))
                        {
                            throw new TimeoutException($"The new stock of {sku} did not reach TikTok within 60 s.");
                        }
                        await Task.Delay(20, ct);
                    }
                    latencies.Add(single.Elapsed.TotalMilliseconds);
                }
                var ceilingMs = await ChangeCeilingAsync(app, sfccId, shopId, skus[0], ct);
                var line = BenchResult.Latency("inventory", "sku-change", latencies, LatencyTarget, (p95, _) => p95 <= 10_000);
                (line with { CeilingPerS = Math.Round(1000 / ceilingMs, 1), RatioToCeiling = line.P50Ms is { } p50 ? Math.Round(p50 / ceilingMs, 1) : null }).Write();
            }
            return 0;
        }, ct);
    }

    /// <summary>Waits until no SKU waits to be sent (the first sync after the catalog was generated).</summary>
    private static async Task SettleAsync(WebApplication app, Guid shopId, CancellationToken ct)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(10); await Task.Delay(500, ct))
        {
            var (linked, inStep) = await CountsAsync(app, shopId, ct);
            if (linked > 0 && inStep == linked)
            {
                return;
            }
        }
    }

    /// <summary>Linked SKUs, and those whose quantity TikTok accepted (computed at or after <paramref name="since"/>, when given).</summary>
    private static async Task<(int Linked, int InStep)> CountsAsync(WebApplication app, Guid shopId, CancellationToken ct, DateTimeOffset? since = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var stock = scope.ServiceProvider.GetRequiredService<PortalDbContext>().ChannelStocks.IgnoreQueryFilters().Where(s => s.ConnectionId == shopId && s.ChannelProductId != null);
        var from = since ?? DateTimeOffset.MinValue.AddDays(1);
        return (await stock.CountAsync(ct), await stock.CountAsync(s => s.PendingSince == null && s.Pushed == s.Computed && s.ComputedAt >= from, ct));
    }

    /// <summary>The forced resync has run (it switches itself off at the end).</summary>
    private static async Task<bool> ResyncDoneAsync(WebApplication app, Guid sfccId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().Where(c => c.Id == sfccId).Select(c => c.SettingsJson).SingleAsync(ct);
        return !SfccConnectionSettings.Read(json).ForceInventoryResync;
    }

    private static async Task SwitchPullAsync(WebApplication app, Guid sfccId, bool on, bool force, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == sfccId, ct);
        connection.SettingsJson = (SfccConnectionSettings.Read(connection.SettingsJson) with { PullInventory = on, ForceInventoryResync = force }).Write();
        await db.SaveChangesAsync(ct);
        await scope.ServiceProvider.GetRequiredService<SfccLink>().ApplyScheduleAsync(connection, ct); // as saving the settings does
    }

    private static async Task<List<string>> SampleSkusAsync(WebApplication app, Guid shopId, int count, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var skus = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ChannelStocks.IgnoreQueryFilters()
            .Where(s => s.ConnectionId == shopId && s.ChannelProductId != null).Select(s => s.Sku).ToListAsync(ct);
        return [.. skus.OrderBy(_ => Random.Shared.Next()).Take(count)];
    }

    private static async Task<bool> AcceptedAsync(WebApplication app, Guid shopId, string sku, DateTimeOffset since, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ChannelStocks.IgnoreQueryFilters()
            .AnyAsync(s => s.ConnectionId == shopId && s.Sku == sku && s.PendingSince == null && s.Pushed == s.Computed && s.PushedAt != null
                && s.ComputedAt >= since, ct);
    }

    private static async Task<(int Skus, TimeSpan Elapsed)> ResyncCeilingAsync(WebApplication app, Guid sfccId, Guid shopId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope(); // the clients live as long as it
        var (sfcc, settings, tiktok, products) = await ClientsAsync(scope.ServiceProvider, sfccId, shopId, ct);
        var watch = Stopwatch.StartNew();
        var skus = products.SelectMany(p => p.Skus).Select(s => s.Sku).ToList();
        await Parallel.ForEachAsync(skus.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (chunk, t) =>
        {
            var answer = await sfcc.Inventory.GetAvailabilityAsync(settings.TenantGroupId, chunk, locations: settings.InventoryLocations, ct: t);
            _ = answer.IsSuccess ? 0 : throw new InvalidOperationException($"OCI failed in the ceiling: {answer.Error}");
        });
        await Parallel.ForEachAsync(products, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (p, t) =>
        {
            var answer = await tiktok.UpdateInventoryAsync(p.ProductId, new TikTokInventoryUpdateRequest(
                [.. p.Skus.Select(s => new TikTokSkuInventory(s.SkuId, [new TikTokInventoryQuantity(s.Quantity, s.Warehouse)]))]), t);
            _ = answer.IsSuccess ? 0 : throw new InvalidOperationException($"TikTok failed in the ceiling: {answer.Error}");
        });
        watch.Stop();
        return (skus.Count, watch.Elapsed);
    }

    /// <summary>One get-deltas and one inventory update, the calls one change needs at least; the median of 10, in ms.</summary>
    private static async Task<double> ChangeCeilingAsync(WebApplication app, Guid sfccId, Guid shopId, string sku, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope(); // the clients live as long as it
        var (sfcc, settings, tiktok, products) = await ClientsAsync(scope.ServiceProvider, sfccId, shopId, ct);
        var product = products.First(p => p.Skus.Any(s => s.Sku == sku));
        var token = (await sfcc.Inventory.CreateDeltaTokenAsync(settings.TenantGroupId, "location", settings.InventoryLocations, ct)).Data?.DeltaToken
            ?? throw new InvalidOperationException("No delta token for the ceiling.");
        var times = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var watch = Stopwatch.StartNew();
            await sfcc.Inventory.GetDeltasAsync(settings.TenantGroupId, token, ct);
            var s = product.Skus.First(x => x.Sku == sku);
            await tiktok.UpdateInventoryAsync(product.ProductId, new TikTokInventoryUpdateRequest([new TikTokSkuInventory(s.SkuId, [new TikTokInventoryQuantity(s.Quantity, s.Warehouse)])]), ct);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return BenchResult.Percentile([.. times.Order()], 50);
    }

    private sealed record ProductSkus(string ProductId, List<(string Sku, string SkuId, string? Warehouse, int Quantity)> Skus);

    private static async Task<(SfccClient Sfcc, SfccConnectionSettings Settings, Connectors.TikTokShop.Api.TikTokShopClient TikTok, List<ProductSkus> Products)> ClientsAsync(
        IServiceProvider services, Guid sfccId, Guid shopId, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var sfccConnection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == sfccId, ct);
        var settings = SfccConnectionSettings.Read(sfccConnection.SettingsJson);
        var sfcc = await services.GetRequiredService<SfccLink>().ClientAsync(db, sfccConnection, settings, ct);
        var shop = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == shopId, ct);
        var tiktok = await services.GetRequiredService<TikTokShopLink>().ClientAsync(shop, ct, db);
        var rows = await db.ChannelStocks.IgnoreQueryFilters().Where(s => s.ConnectionId == shopId && s.ChannelProductId != null)
            .Select(s => new { s.ChannelProductId, s.Sku, s.ChannelSkuId, s.ChannelWarehouseIds, s.Computed }).ToListAsync(ct);
        var products = rows.GroupBy(r => r.ChannelProductId!).Select(g => new ProductSkus(g.Key,
            [.. g.Select(r => (r.Sku, r.ChannelSkuId!, r.ChannelWarehouseIds?.Split(',')[0], r.Computed))])).ToList();
        return (sfcc, settings, tiktok, products);
    }

    private static async Task<string> SiteAsync(WebApplication app, Guid sfccId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().Where(c => c.Id == sfccId).Select(c => c.SettingsJson).SingleAsync(ct);
        return SfccConnectionSettings.Read(json).SiteId;
    }


}
