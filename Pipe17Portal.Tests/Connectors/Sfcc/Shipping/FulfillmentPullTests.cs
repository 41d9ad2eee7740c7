using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Shipping;

/// <summary>Shipped SFCC shipments become fulfillments once each, and move the order to Partially fulfilled, then Fulfilled.</summary>
public class FulfillmentPullTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AShippedShipmentIsRecordedOnceHoweverOftenThePullRuns()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory, mapUps: false);
        await sandbox.ShipAsync(ids[0], "1ZAAA0000000000002", carrier: "UPS");
        await sandbox.PullFulfillmentsAsync();
        await sandbox.PullFulfillmentsAsync();
        await sandbox.PullFulfillmentsAsync();

        var fulfillment = Assert.Single((await sandbox.ShippingAsync(ids[0])).Fulfillments);
        Assert.Equal(("TT" + ids[0], "UPS", "1ZAAA0000000000002"), (fulfillment.SfccOrderNo, fulfillment.Carrier, fulfillment.TrackingNumber));
        Assert.Equal([("CAP-DAD-NVY-OS", 1), ("TEE-CLASSIC-BLK-M", 2)], fulfillment.Lines.Select(l => (l.Sku, l.Quantity)).OrderBy(l => l.Sku));
        Assert.NotNull(fulfillment.ShippingMethodId);
        var order = await sandbox.Push.OrderAsync(ids[0]);
        Assert.Equal(OrderStatus.Fulfilled, order.Summary.Status);
        Assert.Single(order.Timeline, e => e.Message.StartsWith("Shipped in Salesforce", StringComparison.Ordinal));
        var stored = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Fulfillments.IgnoreQueryFilters().CountAsync(f => f.ConnectionId == sandbox.Push.SfccId));
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task APartialShipmentMakesTheOrderPartiallyFulfilledAndTheRestFulfilled()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory, mapUps: false);
        await sandbox.ShipAsync(ids[0], "1ZAAA0000000000003", lines: new[] { new { product_id = "TEE-CLASSIC-BLK-M", quantity = 1 } });
        await sandbox.PullFulfillmentsAsync();
        Assert.Equal(OrderStatus.PartialFulfillment, (await sandbox.Push.OrderAsync(ids[0])).Summary.Status);

        await sandbox.ShipAsync(ids[0], "9400111111111111111111", carrier: "USPS");
        await sandbox.PullFulfillmentsAsync();

        var fulfillments = (await sandbox.ShippingAsync(ids[0])).Fulfillments;
        Assert.Equal(["1ZAAA0000000000003", "9400111111111111111111"], fulfillments.Select(f => f.TrackingNumber).Order());
        Assert.Equal([("TEE-CLASSIC-BLK-M", 1)], fulfillments.Single(f => f.Carrier == "UPS").Lines.Select(l => (l.Sku, l.Quantity)));
        Assert.Equal([("CAP-DAD-NVY-OS", 1), ("TEE-CLASSIC-BLK-M", 1)], fulfillments.Single(f => f.Carrier == "USPS").Lines.Select(l => (l.Sku, l.Quantity)).OrderBy(l => l.Sku));
        Assert.Equal(OrderStatus.Fulfilled, (await sandbox.Push.OrderAsync(ids[0])).Summary.Status);
    }
}
