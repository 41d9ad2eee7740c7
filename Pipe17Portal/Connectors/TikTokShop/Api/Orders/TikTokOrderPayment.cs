namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>
/// sub_total = original_total_product_price − seller_discount − platform_discount;
/// total_amount = sub_total + shipping_fee + taxes + retail_delivery_fee.
/// </summary>
public sealed record TikTokOrderPayment
{
    public string? Currency { get; init; }
    public string? SubTotal { get; init; }
    public string? ShippingFee { get; init; }
    public string? Tax { get; init; }
    public string? ProductTax { get; init; }
    public string? ShippingFeeTax { get; init; }
    public string? TotalAmount { get; init; }
    public string? OriginalTotalProductPrice { get; init; }
    public string? OriginalShippingFee { get; init; }
    public string? SellerDiscount { get; init; }
    public string? PlatformDiscount { get; init; }
    public string? ShippingFeeSellerDiscount { get; init; }
    public string? ShippingFeePlatformDiscount { get; init; }
    public string? ShippingFeeCofundedDiscount { get; init; }
    public string? RetailDeliveryFee { get; init; }
    public string? ItemInsuranceTax { get; init; }
    public string? HandlingFee { get; init; }
    public string? SmallOrderFee { get; init; }
    public string? BuyerServiceFee { get; init; }
}
