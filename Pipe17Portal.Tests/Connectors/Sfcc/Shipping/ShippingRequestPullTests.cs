using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Shipping;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Shipping;

/// <summary>SFCC orders ready for the warehouse become shipping requests on the portal order, once, and follow SFCC afterwards.</summary>
public class ShippingRequestPullTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EachReadyOrderGetsOneRequestPerShipmentHoweverOftenThePullRunsAndIsSentToFulfillment()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory, orders: 2);
        await sandbox.PullShippingRequestsAsync();
        await sandbox.PullShippingRequestsAsync();
        await sandbox.PullShippingRequestsAsync();

        foreach (var id in ids)
        {
            var request = Assert.Single((await sandbox.ShippingAsync(id)).Requests);
            Assert.Equal(("TT" + id, ShippingRequest.Open, "not_exported"), (request.SfccOrderNo, request.Status, request.ExportStatus));
            Assert.Equal([("CAP-DAD-NVY-OS", 1), ("TEE-CLASSIC-BLK-M", 2)], request.Lines.Select(l => (l.Sku, l.Quantity)).OrderBy(l => l.Sku));
            var order = await sandbox.Push.OrderAsync(id);
            Assert.Equal(OrderStatus.SentToFulfillment, order.Summary.Status);
            Assert.Single(order.Timeline, e => e.Message.StartsWith("Ready for the warehouse", StringComparison.Ordinal));
            Assert.Single(order.Timeline, e => e.Message.Contains("→ Sent to fulfillment: Salesforce order", StringComparison.Ordinal));
        }
        var stored = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ShippingRequests.IgnoreQueryFilters().CountAsync(r => r.ConnectionId == sandbox.Push.SfccId));
        Assert.Equal(2, stored);
    }

    [Fact]
    public async Task APartShipmentMarksItsRequestShippedAndKeepsTheRestOpen()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory);
        await sandbox.PullShippingRequestsAsync();
        await sandbox.ShipAsync(ids[0], "1ZAAA0000000000001", lines: new[] { new { product_id = "CAP-DAD-NVY-OS", quantity = 1 } });
        await sandbox.PullShippingRequestsAsync();

        var requests = (await sandbox.ShippingAsync(ids[0])).Requests;
        Assert.Equal(2, requests.Count);
        var open = Assert.Single(requests, r => r.Status == ShippingRequest.Open);
        Assert.Equal([("TEE-CLASSIC-BLK-M", 2)], open.Lines.Select(l => (l.Sku, l.Quantity)));
        var shipped = Assert.Single(requests, r => r.Status == ShippingRequest.Shipped);
        Assert.Equal([("CAP-DAD-NVY-OS", 1)], shipped.Lines.Select(l => (l.Sku, l.Quantity)));
    }

    [Fact]
    public async Task WithTheSwitchOffNothingIsPulled()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == sandbox.Push.SfccId);
            connection.SettingsJson = (Pipe17Portal.Connectors.Sfcc.SfccConnectionSettings.Read(connection.SettingsJson) with { PullShippingRequests = false }).Write();
            return await db.SaveChangesAsync();
        });
        await sandbox.PullShippingRequestsAsync();
        Assert.Empty((await sandbox.ShippingAsync(ids[0])).Requests);
    }
}
