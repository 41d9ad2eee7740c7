using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Jobs;

/// <summary>
/// Issue 12 §1: an order that cannot be imported is kept (dead-lettered) with its payload and a visible cause and tried
/// again on later runs, and one such order never stops the others. The malformed orders are written straight into the
/// emulator's store, as TikTok might send them; no webhook announces them, so only the pull can find them.
/// </summary>
public class TikTokOrderDeadLetterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Imports = "/api/v1/order-exceptions/imports";

    [Fact]
    public async Task AnOrderThatCannotBeMappedIsKeptVisibleAndImportedOnceItCanBeEvenAfterTheCursorMovedOn()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var control = factory.CreateClient();
        var good = await shop.CreateOrdersAsync(control, 2, "AWAITING_SHIPMENT");
        await factory.WaitForQuietAsync(shop.ConnectionId);
        var bad = await CloneAsync(shop, good[0], doc => doc["status"] = "TELEPORTED");

        await RunPullAsync(shop.ConnectionId);

        Assert.False(await ImportedAsync(bad));
        var failures = await (await shop.Browser.GetAsync(Imports)).ReadAsync<List<OrderImportFailureInfo>>();
        var failure = Assert.Single(failures);
        Assert.Equal(bad, failure.SourceOrderId);
        Assert.Contains("TELEPORTED", failure.Reason, StringComparison.Ordinal);
        Assert.Contains(bad, failure.RawJson, StringComparison.Ordinal); // the payload as TikTok sent it

        // Later: newer orders have moved the cursor well past the bad one (its update is older than the pull's overlap),
        // and TikTok now sends it in a shape the portal can read.
        await EditAsync(shop, bad, doc =>
        {
            doc["status"] = "AWAITING_SHIPMENT";
            doc["update_time"] = DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeSeconds();
        });
        await RunPullAsync(shop.ConnectionId);

        Assert.True(await ImportedAsync(bad), "The order that failed before was not imported once it could be.");
        Assert.Empty(await (await shop.Browser.GetAsync(Imports)).ReadAsync<List<OrderImportFailureInfo>>());
    }

    [Fact]
    public async Task OneOrderThatBreaksTheMapperDoesNotStopTheOthersOfItsBatch()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var control = factory.CreateClient();
        var template = (await shop.CreateOrdersAsync(control, 1, "AWAITING_SHIPMENT")).Single();
        await factory.WaitForQuietAsync(shop.ConnectionId);
        var others = new[] { await CloneAsync(shop, template, _ => { }), await CloneAsync(shop, template, _ => { }) };
        var broken = await CloneAsync(shop, template, doc => doc["status"] = null);

        await RunPullAsync(shop.ConnectionId);

        foreach (var id in others)
        {
            Assert.True(await ImportedAsync(id), $"Order {id} was held up by a broken order in its batch.");
        }
        Assert.False(await ImportedAsync(broken));
        var failure = Assert.Single(await (await shop.Browser.GetAsync(Imports)).ReadAsync<List<OrderImportFailureInfo>>());
        Assert.Equal(broken, failure.SourceOrderId);
        Assert.Equal(HttpStatusCode.OK, (await shop.Browser.GetAsync("/api/v1/order-exceptions")).StatusCode);
    }

    /// <summary>Adds a copy of an emulator order under a new id, changed by <paramref name="change"/>, updated now.</summary>
    private Task<string> CloneAsync(SandboxShop shop, string templateId, Action<JsonObject> change) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<SandboxDbContext>();
        var template = await db.TikTokOrders.AsNoTracking().SingleAsync(o => o.AccountId == shop.AccountId && o.Id == templateId);
        var id = "9" + Random.Shared.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var doc = JsonNode.Parse(template.Document)!.AsObject();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        doc["id"] = id;
        doc["update_time"] = now;
        change(doc);
        db.TikTokOrders.Add(new Pipe17Portal.Sandbox.TikTok.Orders.TikTokOrder
        {
            Id = id, AccountId = shop.AccountId, Status = template.Status, CreateTime = template.CreateTime,
            UpdateTime = doc["update_time"]!.GetValue<long>(), ShippingType = template.ShippingType, BuyerUserId = template.BuyerUserId,
            WarehouseId = template.WarehouseId, Document = doc.ToJsonString(),
        });
        await db.SaveChangesAsync();
        return id;
    });

    private Task EditAsync(SandboxShop shop, string id, Action<JsonObject> change) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<SandboxDbContext>();
        var order = await db.TikTokOrders.SingleAsync(o => o.AccountId == shop.AccountId && o.Id == id);
        var doc = JsonNode.Parse(order.Document)!.AsObject();
        change(doc);
        order.UpdateTime = doc["update_time"]!.GetValue<long>();
        order.Document = doc.ToJsonString();
        return await db.SaveChangesAsync();
    });

    private Task<bool> ImportedAsync(string sourceOrderId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters().AnyAsync(o => o.SourceOrderId == sourceOrderId));

    private Task<int> RunPullAsync(Guid connectionId) => factory.ScopedAsync(async s =>
    {
        await s.GetRequiredService<TikTokOrderPull>().RunAsync(connectionId, CancellationToken.None);
        return 0;
    });
}
