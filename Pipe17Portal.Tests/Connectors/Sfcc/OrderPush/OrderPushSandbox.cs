using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>
/// A workspace set up as the setup guide says: sandbox TikTok shop connected (hold window 0), sandbox Salesforce connected
/// with its catalog pulled, a TTS payment method and a generic customer created in SFCC, every TikTok delivery option mapped.
/// </summary>
public sealed record OrderPushSandbox(PortalFactory Factory, SandboxShop Shop, Guid SfccId, HttpClient Control, string GenericCustomerNo)
{
    public static readonly LookupRow[] ShippingRows = [new("Standard shipping", "001"), new("Express shipping", "002"), new("Seller shipping", "003")];

    public HttpClient Browser => Shop.Browser;

    public string Sfcc => $"/sandbox/_control/accounts/{Shop.AccountId}/sfcc";

    public static async Task<OrderPushSandbox> CreateAsync(PortalFactory factory, bool push = true, bool tts = true, bool customer = true, bool mapShipping = true)
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == shop.ConnectionId);
            var settings = TikTokConnectionSettings.Read(connection.SettingsJson) with { OrderHoldMinutes = 0 };
            connection.SettingsJson = settings.Write();
            return await db.SaveChangesAsync();
        });
        var sfcc = await (await shop.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        var view = await (await shop.Browser.PostAsync($"/api/v1/connections/{sfcc.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        Assert.Equal(ConnectionStatus.Connected, view.Status);
        await factory.WaitForQuietAsync(sfcc.Id);
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfcc.Id, CancellationToken.None); return 0; });

        var control = factory.CreateClient();
        var sandbox = new OrderPushSandbox(factory, shop, sfcc.Id, control, "");
        if (tts)
        {
            await sandbox.ControlAsync(HttpMethod.Post, "/payment-methods", new { id = "TTS", name = "TikTok Shop" });
        }
        var customerNo = "";
        if (customer)
        {
            var created = await sandbox.ControlAsync(HttpMethod.Post, "/customers", new { email = "tiktok-orders@merchant.example", first_name = "TikTok", last_name = "Shop Orders" });
            customerNo = created!["customer_no"]!.GetValue<string>();
        }
        sandbox = sandbox with { GenericCustomerNo = customerNo };
        if (mapShipping)
        {
            await sandbox.MapShippingAsync(ShippingRows);
        }
        await sandbox.SaveSyncAsync(push);
        return sandbox;
    }

    public async Task MapShippingAsync(IReadOnlyList<LookupRow> rows)
    {
        var response = await Browser.PutJsonAsync($"/api/v1/connections/{SfccId}/sfcc/mapping", new OrderMappingUpdate(
            [new FieldMapping("shipments[0].shipping_method.id", FieldMappingKind.Lookup, LookupSource: "shipping.optionName", Lookup: rows)]));
        await response.ReadAsync<OrderMappingView>();
    }

    public async Task<OrderSyncSettingsView> SaveSyncAsync(bool push, IReadOnlyList<OrderStatus>? statuses = null, IReadOnlyList<Guid>? sources = null,
        bool markSent = false, CustomerMatchingStrategy strategy = CustomerMatchingStrategy.GenericForAll, string? customerNo = null)
    {
        var response = await Browser.PutJsonAsync($"/api/v1/connections/{SfccId}/sfcc/order-sync", new OrderSyncSettingsUpdate(
            push, statuses ?? [OrderStatus.ReadyForFulfillment, OrderStatus.Canceled], sources ?? [], markSent, strategy, customerNo ?? GenericCustomerNo));
        return await response.ReadAsync<OrderSyncSettingsView>();
    }

    public async Task<JsonNode?> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Sfcc + path) { Content = body is null ? null : JsonContent.Create(body) };
        var response = await Control.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>SKUs identical on both sides (the sandbox catalog also has deliberate near misses, which stop an order).</summary>
    public static readonly object[] GoodSkus = [new { seller_sku = "TEE-CLASSIC-BLK-M", quantity = 2 }, new { seller_sku = "CAP-DAD-NVY-OS", quantity = 1 }];

    /// <summary>Creates paid orders in the sandbox shop and imports them (the TikTok order pull, as its job runs it).</summary>
    public async Task<IReadOnlyList<string>> NewOrdersAsync(int count, object? skus = null)
    {
        var ids = await Shop.CreateOrdersAsync(Control, count, "AWAITING_SHIPMENT", skus ?? GoodSkus);
        await ImportAsync();
        return ids;
    }

    public Task ImportAsync() =>
        Factory.ScopedAsync(async s => { await s.GetRequiredService<TikTokOrderPull>().RunAsync(Shop.ConnectionId, CancellationToken.None); return 0; });

    /// <summary>
    /// One run of the push flow, as its job runs it; a job run that the settings or an import started meanwhile holds
    /// its items under a claim (this run leaves them alone), so it waits until no item is in progress any more.
    /// </summary>
    public async Task PushAsync()
    {
        await Factory.WaitForQuietAsync(SfccId);
        await Factory.ScopedAsync(async s => { await s.GetRequiredService<SfccOrderPush>().RunAsync(SfccId, CancellationToken.None); return 0; });
        for (var i = 0; i < 600 && await InProgressAsync() > 0; i++)
        {
            await Task.Delay(50);
        }
        await Factory.WaitForQuietAsync(SfccId);
    }

    private Task<int> InProgressAsync() =>
        Factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters()
            .CountAsync(w => w.ConnectionId == SfccId && w.State == PushState.InProgress));

    public async Task<IReadOnlyList<JsonObject>> SfccOrdersAsync() =>
        [.. (await ControlAsync(HttpMethod.Get, "/orders"))!.AsArray().OfType<JsonObject>()];

    public Task<Guid> PortalOrderIdAsync(string tiktokOrderId) =>
        Factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters()
            .Where(o => o.SourceOrderId == tiktokOrderId).Select(o => o.Id).SingleAsync());

    public async Task<OrderDetail> OrderAsync(string tiktokOrderId) =>
        await (await Browser.GetAsync($"/api/v1/orders/{await PortalOrderIdAsync(tiktokOrderId)}")).ReadAsync<OrderDetail>();

    /// <summary>The order's timeline and exceptions, for assertion messages.</summary>
    public async Task<string> DescribeAsync(string tiktokOrderId)
    {
        var order = await OrderAsync(tiktokOrderId);
        var exceptions = await ExceptionsAsync(tiktokOrderId);
        return string.Join("\n", order.Timeline.Select(e => $"{e.At:HH:mm:ss.fff} {e.Kind}: {e.Message}").Concat(exceptions.Select(e => $"EXCEPTION {e.Type}: {e.Message} {e.ExternalMessage}")));
    }

    public async Task<IReadOnlyList<OrderExceptionInfo>> ExceptionsAsync(string tiktokOrderId) =>
        await (await Browser.GetAsync($"/api/v1/orders/{await PortalOrderIdAsync(tiktokOrderId)}/exceptions")).ReadAsync<List<OrderExceptionInfo>>();
}
