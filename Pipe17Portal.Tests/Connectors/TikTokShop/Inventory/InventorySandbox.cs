using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.Sfcc.Inventory;
using Pipe17Portal.Connectors.TikTokShop.Inventory;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Inventory;

/// <summary>
/// A workspace with the sandbox TikTok shop and the sandbox Salesforce connected (catalog pulled), and helpers that run the
/// inventory flows as their jobs do and read both sandboxes' stock.
/// </summary>
public sealed record InventorySandbox(OrderPushSandbox Setup)
{
    public PortalFactory Factory => Setup.Factory;
    public Guid SfccId => Setup.SfccId;
    public Guid TikTokId => Setup.Shop.ConnectionId;
    public HttpClient Browser => Setup.Browser;
    public string TikTokControl => $"/sandbox/_control/accounts/{Setup.Shop.AccountId}/tiktok";

    public static async Task<InventorySandbox> CreateAsync(PortalFactory factory) =>
        new(await OrderPushSandbox.CreateAsync(factory, push: false, tts: false, customer: false, mapShipping: false));

    public async Task<JsonNode?> SetSfccStockAsync(string sku, int quantity, string? location = null) =>
        await Setup.ControlAsync(HttpMethod.Put, $"/inventory/{sku}", location is null ? new { quantity } : new { quantity, location });

    /// <summary>Sets a SKU's stock at both locations, so the total is known exactly.</summary>
    public async Task SetSfccStockAsync(string sku, int warehouse, int store)
    {
        var site = await SiteAsync();
        await SetSfccStockAsync(sku, warehouse);
        await SetSfccStockAsync(sku, store, $"{site}-store");
    }

    public async Task<string> SiteAsync() =>
        (await Factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().Where(c => c.Id == SfccId).Select(c => c.SettingsJson).SingleAsync()))
            is var json ? Pipe17Portal.Connectors.Sfcc.SfccConnectionSettings.Read(json).SiteId : "";

    public async Task PullAsync()
    {
        await Factory.WaitForQuietAsync(SfccId);
        await Factory.ScopedAsync(async s => { await s.GetRequiredService<SfccInventoryPull>().RunAsync(SfccId, CancellationToken.None); return 0; });
    }

    public async Task PushAsync()
    {
        await Factory.WaitForQuietAsync(TikTokId);
        await Factory.ScopedAsync(async s => { await s.GetRequiredService<TikTokInventoryPush>().RunAsync(TikTokId, CancellationToken.None); return 0; });
        await Factory.WaitForQuietAsync(TikTokId);
    }

    public Task<List<InventoryLevel>> LevelsAsync() =>
        Factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().InventoryLevels.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.ConnectionId == SfccId).OrderBy(l => l.Sku).ThenBy(l => l.LocationId).ToListAsync());

    public Task<List<ChannelStock>> StocksAsync() =>
        Factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ChannelStocks.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.ConnectionId == TikTokId).OrderBy(c => c.Sku).ToListAsync());

    /// <summary>The sandbox shop's quantity of a seller SKU, summed over its warehouses.</summary>
    public async Task<int> TikTokQuantityAsync(string sku) =>
        (await TikTokInventoryAsync()).Where(i => i["seller_sku"]!.GetValue<string>() == sku).Sum(i => i["quantity"]!.GetValue<int>());

    public async Task<IReadOnlyList<JsonObject>> TikTokInventoryAsync()
    {
        var response = await Setup.Control.GetAsync(TikTokControl + "/inventory");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return [.. JsonNode.Parse(text)!.AsArray().OfType<JsonObject>()];
    }
}
