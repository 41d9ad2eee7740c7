namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

public sealed record TikTokOrderLineItem
{
    public required string Id { get; init; }
    public string? SkuId { get; init; }
    public string? SellerSku { get; init; }
    public string? ProductId { get; init; }
    public string? ProductName { get; init; }
    public string? SkuName { get; init; }
    public string? SkuImage { get; init; }
    public string? SkuType { get; init; }
    public string? SalePrice { get; init; }
    public string? OriginalPrice { get; init; }
    public string? SellerDiscount { get; init; }
    public string? PlatformDiscount { get; init; }
    public string? Currency { get; init; }
    public string? DisplayStatus { get; init; }
    public string? PackageId { get; init; }

    /// <summary>TO_FULFILL, PROCESSING, FULFILLING, COMPLETED or CANCELLED.</summary>
    public string? PackageStatus { get; init; }

    public string? ShippingProviderId { get; init; }
    public string? ShippingProviderName { get; init; }
    public string? TrackingNumber { get; init; }
    public long? RtsTime { get; init; }
    public string? CancelReason { get; init; }

    /// <summary>BUYER, SELLER, OPERATOR or SYSTEM.</summary>
    public string? CancelUser { get; init; }

    public bool? IsGift { get; init; }
    public IReadOnlyList<TikTokItemTax> ItemTax { get; init; } = [];
    public string? RetailDeliveryFee { get; init; }
    public string? SmallOrderFee { get; init; }
}

public sealed record TikTokItemTax
{
    public string? TaxType { get; init; }
    public string? TaxAmount { get; init; }
    public string? TaxRate { get; init; }
}
