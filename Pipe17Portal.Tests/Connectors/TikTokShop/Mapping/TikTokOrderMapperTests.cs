using System.Text.Json;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Mapping;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Mapping;

public class TikTokOrderMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("UNPAID", false, OrderStatus.New)]
    [InlineData("ON_HOLD", false, OrderStatus.OnHold)]
    [InlineData("AWAITING_SHIPMENT", false, OrderStatus.ReadyForFulfillment)]
    [InlineData("AWAITING_SHIPMENT", true, OrderStatus.OnHold)]
    [InlineData("PARTIALLY_SHIPPING", false, OrderStatus.PartialFulfillment)]
    [InlineData("AWAITING_COLLECTION", false, OrderStatus.Fulfilled)]
    [InlineData("IN_TRANSIT", false, OrderStatus.Fulfilled)]
    [InlineData("DELIVERED", false, OrderStatus.Fulfilled)]
    [InlineData("COMPLETED", false, OrderStatus.Fulfilled)]
    [InlineData("CANCELLED", false, OrderStatus.Canceled)]
    [InlineData("CANCEL", false, OrderStatus.Canceled)]
    public void StatusesMapAsDesigned(string tiktok, bool onHold, OrderStatus expected) =>
        Assert.Equal(expected, TikTokOrderMapper.MapStatus(tiktok, onHold, Now.AddHours(-2), 60, Now).Status);

    [Fact]
    public void APaidOrderWaitsOutTheHoldWindow()
    {
        var (held, until) = TikTokOrderMapper.MapStatus("AWAITING_SHIPMENT", false, Now.AddMinutes(-10), 60, Now);
        var (released, _) = TikTokOrderMapper.MapStatus("AWAITING_SHIPMENT", false, Now.AddMinutes(-61), 60, Now);
        var (noHold, _) = TikTokOrderMapper.MapStatus("AWAITING_SHIPMENT", false, Now, 0, Now);

        Assert.Equal(OrderStatus.OnHold, held);
        Assert.Equal(Now.AddMinutes(50), until);
        Assert.Equal(OrderStatus.ReadyForFulfillment, released);
        Assert.Equal(OrderStatus.ReadyForFulfillment, noHold);
    }

    [Fact]
    public void AnUnknownStatusIsAnErrorNotADefault() =>
        Assert.Contains("SHIPPED_BY_MAGIC", Assert.Throws<FormatException>(() => TikTokOrderMapper.MapStatus("SHIPPED_BY_MAGIC", false, null, 0, Now)).Message);

    [Theory]
    [InlineData(OrderStatus.SentToFulfillment, OrderStatus.ReadyForFulfillment, OrderStatus.SentToFulfillment)]
    [InlineData(OrderStatus.SentToFulfillment, OrderStatus.OnHold, OrderStatus.SentToFulfillment)]
    [InlineData(OrderStatus.SentToFulfillment, OrderStatus.Canceled, OrderStatus.Canceled)]
    [InlineData(OrderStatus.SentToFulfillment, OrderStatus.Fulfilled, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.OnHold, OrderStatus.ReadyForFulfillment, OrderStatus.ReadyForFulfillment)]
    public void TheChannelNeverMovesAnOrderBackwards(OrderStatus current, OrderStatus incoming, OrderStatus expected) =>
        Assert.Equal(expected, OrderStatusRules.Resolve(current, incoming));

    [Fact]
    public void OneLineItemPerUnitBecomesOneLinePerSkuWithItsQuantity()
    {
        var order = Order("AWAITING_SHIPMENT",
            Unit("1", "TEE-BLK-M", "19.99"), Unit("2", "TEE-BLK-M", "19.99"), Unit("3", "TEE-BLK-M", "19.99"), Unit("4", "CAP-RED", "12.50", "CANCELLED"));

        var imported = TikTokOrderMapper.ToImported(order, 0, Now);

        var tee = Assert.Single(imported.Lines, l => l.Sku == "TEE-BLK-M");
        Assert.Equal(3, tee.Quantity);
        Assert.Equal(0, tee.CanceledQuantity);
        Assert.Equal(59.97m, tee.Total);
        Assert.Equal("1,2,3", tee.SourceLineIds);
        var cap = Assert.Single(imported.Lines, l => l.Sku == "CAP-RED");
        Assert.Equal((1, 1), (cap.Quantity, cap.CanceledQuantity));
    }

    [Fact]
    public void ACancelledOrderKeepsWhoCancelledItAndWhy()
    {
        var order = Order("CANCELLED", Unit("1", "TEE-BLK-M", "19.99")) with
        {
            CancelTime = Now.ToUnixTimeSeconds(),
            CancelReason = "No longer needed",
            CancellationInitiator = "BUYER",
        };

        var imported = TikTokOrderMapper.ToImported(order, 60, Now);

        Assert.Equal(OrderStatus.Canceled, imported.Status);
        Assert.Equal(("BUYER", "No longer needed", Now), (imported.CanceledBy, imported.CancelReason, imported.CanceledAt!.Value));
    }

    [Fact]
    public void TheOfficialDetailExampleMapsWithItsMoneyAddressAndShippingOption()
    {
        using var document = JsonDocument.Parse(Fixtures.Text("TikTok/responses/OrderBatchGetOrderDetailResponse.json"));
        var raw = document.RootElement.GetProperty("data").GetProperty("orders")[0];
        var order = raw.Deserialize<TikTokOrder>(TikTokJson.Options)! with { Raw = raw.Clone() };

        var imported = TikTokOrderMapper.ToImported(order, 0, Now);

        Assert.Equal(order.Id, imported.SourceOrderId);
        Assert.Equal(TikTokMoney.Parse(order.Payment!.TotalAmount), imported.Total);
        Assert.Equal(order.Payment.Currency, imported.Currency);
        Assert.Equal("Express shipping", imported.ShippingOptionName);
        Assert.Equal(order.RecipientAddress!.PostalCode, imported.ShippingAddress.PostalCode);
        Assert.Equal(order.LineItems.Count, imported.Lines.Sum(l => l.Quantity));
        Assert.Contains(order.Id, imported.Payload);
    }

    [Fact]
    public void ALineItemWithoutAnySkuIsRefusedWithTheOrderAndLineNamed()
    {
        var order = Order("AWAITING_SHIPMENT", new TikTokOrderLineItem { Id = "77", SalePrice = "1" });

        var error = Assert.Throws<FormatException>(() => TikTokOrderMapper.ToImported(order, 0, Now));

        Assert.Contains("order 9001", error.Message);
        Assert.Contains("(77)", error.Message);
    }

    private static TikTokOrder Order(string status, params TikTokOrderLineItem[] units) => new()
    {
        Id = "9001",
        Status = status,
        CreateTime = Now.AddHours(-3).ToUnixTimeSeconds(),
        UpdateTime = Now.AddMinutes(-1).ToUnixTimeSeconds(),
        PaidTime = status == "UNPAID" ? null : Now.AddHours(-2).ToUnixTimeSeconds(),
        DeliveryOptionName = "Standard shipping",
        LineItems = units,
        Payment = new TikTokOrderPayment { Currency = "USD", SubTotal = "72.47", ShippingFee = "5", Tax = "0", TotalAmount = "77.47" },
    };

    private static TikTokOrderLineItem Unit(string id, string sku, string price, string status = "AWAITING_SHIPMENT") =>
        new() { Id = id, SellerSku = sku, SkuId = "sku-" + sku, ProductName = sku, SalePrice = price, OriginalPrice = price, Currency = "USD", DisplayStatus = status };
}
