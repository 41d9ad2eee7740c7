using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Fulfillment;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Shipping;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

public class TikTokPackagePlanTests
{
    // TikTok: one line item per unit. TEE units 1, 2 and CAP unit 3 in package P1.
    private static TikTokOrderLineItem Unit(string id, string sku, string package, string? tracking = null) =>
        new() { Id = id, SellerSku = sku, PackageId = package, TrackingNumber = tracking, PackageStatus = tracking is null ? "TO_FULFILL" : "PROCESSING" };

    private static TikTokOrder Order(params TikTokOrderLineItem[] items) => new() { Id = "O1", Status = "AWAITING_SHIPMENT", LineItems = items };

    private static readonly OrderLine[] Lines =
    [
        new() { Sku = "TEE", Name = "Tee", Quantity = 2, SourceLineIds = "1,2" },
        new() { Sku = "CAP", Name = "Cap", Quantity = 1, SourceLineIds = "3" },
    ];

    private static ShipmentLine Ship(string sku, int quantity) => new() { Sku = sku, Quantity = quantity };

    [Fact]
    public void AllUnitsOfThePackageShipThePackage()
    {
        var plan = TikTokPackagePlan.For(Order(Unit("1", "TEE", "P1"), Unit("2", "TEE", "P1"), Unit("3", "CAP", "P1")), Lines, [Ship("TEE", 2), Ship("CAP", 1)]);
        Assert.Equal(("P1", false), (plan.WholePackageId, plan.IsSplit));
        Assert.Equal(["1", "2", "3"], plan.LineItemIds.Order());
    }

    [Fact]
    public void SomeUnitsAreSplitOffByTheirUnitLineIds()
    {
        var plan = TikTokPackagePlan.For(Order(Unit("1", "TEE", "P1"), Unit("2", "TEE", "P1"), Unit("3", "CAP", "P1")), Lines, [Ship("TEE", 1)]);
        Assert.True(plan.IsSplit);
        Assert.Equal(["1"], plan.LineItemIds);
    }

    [Fact]
    public void UnitsShippedByAnEarlierFulfillmentAreNotChosenAgain()
    {
        var order = Order(Unit("1", "TEE", "P2", tracking: "1ZFIRST"), Unit("2", "TEE", "P1"), Unit("3", "CAP", "P1"));
        var plan = TikTokPackagePlan.For(order, Lines, [Ship("TEE", 1), Ship("CAP", 1)]);
        Assert.Equal("P1", plan.WholePackageId);
        Assert.Equal(["2", "3"], plan.LineItemIds.Order());
    }

    [Fact]
    public void MoreUnitsThanAreUnshippedIsAProblemNotAGuess()
    {
        var order = Order(Unit("1", "TEE", "P2", tracking: "1ZFIRST"), Unit("2", "TEE", "P1"), Unit("3", "CAP", "P1"));
        Assert.Contains("only 1 of the 2", TikTokPackagePlan.For(order, Lines, [Ship("TEE", 2)]).Problem);
        Assert.Contains("no line with SKU HAT", TikTokPackagePlan.For(order, Lines, [Ship("HAT", 1)]).Problem);
    }
}
