using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Fulfillment;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

public class TikTokPackageOnOrderTests
{
    private static TikTokOrderLineItem Unit(string id, string package, string? tracking) => new()
    {
        Id = id, PackageId = package, TrackingNumber = tracking, PackageStatus = tracking is null ? "TO_FULFILL" : "PROCESSING",
        ShippingProviderId = tracking is null ? null : "7117858858072016686", ShippingProviderName = tracking is null ? null : "USPS",
    };

    [Fact]
    public void ThePackageIsReadFromItsLineItems()
    {
        var order = new TikTokOrder { Id = "O1", Status = "AWAITING_SHIPMENT", LineItems = [Unit("1", "P1", "9400"), Unit("2", "P2", null), Unit("3", "P1", "9400")] };

        var package = TikTokPackageOnOrder.Find(order, "P1");

        Assert.NotNull(package);
        Assert.Equal(("P1", "PROCESSING", "9400", "7117858858072016686", "USPS"),
            (package.PackageId, package.PackageStatus, package.TrackingNumber, package.ShippingProviderId, package.ShippingProviderName));
        Assert.Equal(["1", "3"], package.OrderLineItemIds);
    }

    [Fact]
    public void APackageWithNoLineItemOnTheOrderIsNotFound() =>
        Assert.Null(TikTokPackageOnOrder.Find(new TikTokOrder { Id = "O1", Status = "AWAITING_SHIPMENT", LineItems = [Unit("1", "P1", null)] }, "P9"));
}
