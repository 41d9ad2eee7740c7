using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Shipping;

namespace Pipe17Portal.Tests.Domain.Shipping;

public class FulfillmentProgressTests
{
    private static OrderLine Line(string sku, int quantity, int canceled = 0) =>
        new() { Sku = sku, Name = sku, Quantity = quantity, CanceledQuantity = canceled, SourceLineIds = "" };

    private static ShipmentLine Shipped(string sku, int quantity) => new() { Sku = sku, Quantity = quantity };

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 0, OrderStatus.PartialFulfillment)]
    [InlineData(2, 0, OrderStatus.PartialFulfillment)]
    [InlineData(2, 1, OrderStatus.Fulfilled)]
    [InlineData(3, 1, OrderStatus.Fulfilled)]
    [InlineData(0, 1, OrderStatus.PartialFulfillment)]
    public void TheOrderIsFulfilledWhenEveryWantedUnitShipped(int tees, int caps, OrderStatus? expected)
    {
        var lines = new[] { Line("TEE", 2), Line("CAP", 1) };
        var shipped = new[] { Shipped("TEE", tees), Shipped("CAP", caps) }.Where(s => s.Quantity > 0);
        Assert.Equal(expected, FulfillmentProgress.StatusFor(lines, shipped));
    }

    [Fact]
    public void CanceledUnitsAreNotWaitedFor() =>
        Assert.Equal(OrderStatus.Fulfilled, FulfillmentProgress.StatusFor([Line("TEE", 3, canceled: 2), Line("CAP", 1, canceled: 1)], [Shipped("TEE", 1)]));

    [Fact]
    public void ShipmentsAddUpAcrossFulfillments() =>
        Assert.Equal(OrderStatus.Fulfilled, FulfillmentProgress.StatusFor([Line("TEE", 2)], [Shipped("TEE", 1), Shipped("TEE", 1)]));

    [Fact]
    public void UnitsOfAnotherSkuDoNotFulfillALine() =>
        Assert.Equal(OrderStatus.PartialFulfillment, FulfillmentProgress.StatusFor([Line("TEE", 1)], [Shipped("tee", 5)]));
}
