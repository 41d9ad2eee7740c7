using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Shipping;
using Pipe17Portal.Connectors.TikTokShop.Fulfillment;
using Pipe17Portal.Data;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Shipping;

/// <summary>
/// Both sandboxes connected and orders pushed into SFCC (<see cref="OrderPushSandbox"/>); the warehouse ships through the
/// SFCC control API, and the pulls and the TikTok push run as their jobs run them. The jobs also run on their own schedule
/// meanwhile, so each step waits until the work it started has settled.
/// </summary>
public sealed record FulfillmentSandbox(OrderPushSandbox Push)
{
    public PortalFactory Factory => Push.Factory;
    public HttpClient Browser => Push.Browser;
    public Guid ShopId => Push.Shop.ConnectionId;
    public string TikTok => $"/sandbox/_control/accounts/{Push.Shop.AccountId}/tiktok";

    /// <summary>One order (2 × TEE-CLASSIC-BLK-M, 1 × CAP-DAD-NVY-OS) per id, pushed into SFCC.</summary>
    public static async Task<(FulfillmentSandbox Sandbox, IReadOnlyList<string> Ids)> CreateAsync(PortalFactory factory, int orders = 1, bool mapUps = true)
    {
        var push = await OrderPushSandbox.CreateAsync(factory);
        var sandbox = new FulfillmentSandbox(push);
        var ids = await push.NewOrdersAsync(orders);
        await push.PushAsync();
        if (mapUps)
        {
            await sandbox.MapCarriersAsync(("UPS", "UPS"), ("USPS", "USPS"));
        }
        return (sandbox, ids);
    }

    /// <summary>Saves carrier mapping rows (SFCC carrier → the TikTok provider of that name) through the API.</summary>
    public async Task<CarrierMappingView> MapCarriersAsync(params (string Carrier, string Provider)[] rows)
    {
        var view = await (await Browser.GetAsync($"/api/v1/connections/{ShopId}/tiktok/carrier-mapping")).ReadAsync<CarrierMappingView>();
        var mapped = rows.Select(r => new CarrierMappingRow(r.Carrier, view.Providers.Single(p => p.Name == r.Provider).Id, r.Provider)).ToList();
        return await (await Browser.PutJsonAsync($"/api/v1/connections/{ShopId}/tiktok/carrier-mapping", new CarrierMappingUpdate(mapped))).ReadAsync<CarrierMappingView>();
    }

    /// <summary>Ships through the SFCC control API (all unshipped lines, or the given units).</summary>
    public async Task<JsonNode> ShipAsync(string tiktokOrderId, string tracking, string carrier = "UPS", object? lines = null) =>
        (await Push.ControlAsync(HttpMethod.Post, $"/orders/TT{tiktokOrderId}/ship", new { tracking_number = tracking, carrier, lines }))!;

    public Task PullShippingRequestsAsync() =>
        Factory.ScopedAsync(async s => { await s.GetRequiredService<SfccShippingRequestPull>().RunAsync(Push.SfccId, CancellationToken.None); return 0; });

    public Task PullFulfillmentsAsync() =>
        Factory.ScopedAsync(async s => { await s.GetRequiredService<SfccFulfillmentPull>().RunAsync(Push.SfccId, CancellationToken.None); return 0; });

    /// <summary>Pulls fulfillments, runs the TikTok push, and waits until no ship item is due or in progress.</summary>
    public async Task ShipToTikTokAsync()
    {
        await PullFulfillmentsAsync();
        await Factory.ScopedAsync(async s => { await s.GetRequiredService<TikTokFulfillmentPush>().RunAsync(ShopId, CancellationToken.None); return 0; });
        for (var i = 0; i < 600 && await UnsettledAsync() > 0; i++)
        {
            await Task.Delay(50);
        }
    }

    private Task<int> UnsettledAsync()
    {
        var now = DateTimeOffset.UtcNow;
        return Factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters()
            .CountAsync(w => w.ConnectionId == ShopId && w.Kind == WorkItemKind.TikTokShipPackage
                && (w.State == PushState.InProgress || (w.State == PushState.Pending && w.NextAttemptAt <= now))));
    }

    public async Task<OrderShipping> ShippingAsync(string tiktokOrderId) =>
        await (await Browser.GetAsync($"/api/v1/orders/{await Push.PortalOrderIdAsync(tiktokOrderId)}/shipping")).ReadAsync<OrderShipping>();

    /// <summary>The TikTok order as the emulator holds it: status, and each package with its units, tracking and provider.</summary>
    public async Task<(string Status, IReadOnlyList<JsonObject> Packages)> TikTokOrderAsync(string tiktokOrderId)
    {
        var response = await Push.Control.GetAsync($"{TikTok}/orders/{tiktokOrderId}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (body["order"]!["status"]!.GetValue<string>(), [.. body["packages"]!.AsArray().OfType<JsonObject>()]);
    }

    public async Task TikTokControlAsync(string path, object? body = null)
    {
        var response = await Push.Control.PostAsync(TikTok + path, body is null ? null : JsonContent.Create(body));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
