namespace Pipe17Portal.Sandbox.TikTok.Orders;

/// <summary>The 202309 order object exactly as Get Order Detail returns it (snake_case on the wire; ids and money are strings).</summary>
public sealed class TikTokOrderDocument
{
    public required string Id { get; set; }
    public required string Status { get; set; }
    public long CreateTime { get; set; }
    public long UpdateTime { get; set; }
    public long? PaidTime { get; set; }
    public long? RtsTime { get; set; }
    public long? RtsSlaTime { get; set; }
    public long? TtsSlaTime { get; set; }
    public long? ShippingDueTime { get; set; }
    public long? CollectionDueTime { get; set; }
    public long? DeliveryDueTime { get; set; }
    public long? CancelOrderSlaTime { get; set; }
    public long? CancelTime { get; set; }
    public long? CollectionTime { get; set; }
    public long? DeliveryTime { get; set; }
    public long? RequestCancelTime { get; set; }
    public string FulfillmentType { get; set; } = "FULFILLMENT_BY_SELLER";
    public required string ShippingType { get; set; }
    public required string DeliveryOptionId { get; set; }
    public required string DeliveryOptionName { get; set; }
    public string DeliveryType { get; set; } = "HOME_DELIVERY";
    public string? ShippingProvider { get; set; }
    public string? ShippingProviderId { get; set; }
    public string? TrackingNumber { get; set; }
    public required string WarehouseId { get; set; }
    public string OrderType { get; set; } = "NORMAL";
    public bool IsCod { get; set; }
    public bool IsOnHoldOrder { get; set; }
    public bool IsSampleOrder { get; set; }
    public bool IsReplacementOrder { get; set; }
    public bool IsExchangeOrder { get; set; }
    public bool IsBuyerRequestCancel { get; set; }
    public string? CancelReason { get; set; }
    public string? CancellationInitiator { get; set; }
    public string BuyerMessage { get; set; } = "";
    public string SellerNote { get; set; } = "";
    public required string UserId { get; set; }
    public required string BuyerEmail { get; set; }
    public string PaymentMethodName { get; set; } = "CCDC";
    public string? SplitOrCombineTag { get; set; }
    public bool HasUpdatedRecipientAddress { get; set; }
    public string CommercePlatform { get; set; } = "TIKTOK_SHOP";
    public List<TikTokPackageRef> Packages { get; set; } = [];
    public required List<TikTokLineItem> LineItems { get; set; }
    public required TikTokPayment Payment { get; set; }
    public required TikTokRecipientAddress RecipientAddress { get; set; }
}

public sealed record TikTokPackageRef(string Id);

public sealed class TikTokLineItem
{
    public required string Id { get; set; }
    public required string SkuId { get; set; }
    public required string SellerSku { get; set; }
    public required string ProductId { get; set; }
    public required string ProductName { get; set; }
    public required string SkuName { get; set; }
    public required string SkuImage { get; set; }
    public string SkuType { get; set; } = "NORMAL";
    public required string SalePrice { get; set; }
    public required string OriginalPrice { get; set; }
    public string SellerDiscount { get; set; } = "0";
    public string PlatformDiscount { get; set; } = "0";
    public required string Currency { get; set; }
    public required string DisplayStatus { get; set; }
    public string? PackageId { get; set; }
    public string? PackageStatus { get; set; }
    public string? ShippingProviderId { get; set; }
    public string? ShippingProviderName { get; set; }
    public string? TrackingNumber { get; set; }
    public long? RtsTime { get; set; }
    public string? CancelReason { get; set; }
    public string? CancelUser { get; set; }
    public bool IsGift { get; set; }
    public required List<TikTokItemTax> ItemTax { get; set; }
}

public sealed record TikTokItemTax(string TaxType, string TaxAmount, string TaxRate);

public sealed class TikTokPayment
{
    public required string Currency { get; set; }
    public required string SubTotal { get; set; }
    public required string ShippingFee { get; set; }
    public string SellerDiscount { get; set; } = "0";
    public string PlatformDiscount { get; set; } = "0";
    public required string OriginalTotalProductPrice { get; set; }
    public required string OriginalShippingFee { get; set; }
    public string ShippingFeeSellerDiscount { get; set; } = "0";
    public string ShippingFeePlatformDiscount { get; set; } = "0";
    public string ShippingFeeCofundedDiscount { get; set; } = "0";
    public required string Tax { get; set; }
    public required string ProductTax { get; set; }
    public string ShippingFeeTax { get; set; } = "0";
    public string RetailDeliveryFee { get; set; } = "0";
    public string HandlingFee { get; set; } = "0";
    public string SmallOrderFee { get; set; } = "0";
    public string ItemInsuranceTax { get; set; } = "0";
    public required string TotalAmount { get; set; }
}

public sealed class TikTokRecipientAddress
{
    public required string Name { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string PhoneNumber { get; set; }
    public required string FullAddress { get; set; }
    public required string AddressDetail { get; set; }
    public required string AddressLine1 { get; set; }
    public string AddressLine2 { get; set; } = "";
    public string AddressLine3 { get; set; } = "";
    public string AddressLine4 { get; set; } = "";
    public required string PostalCode { get; set; }
    public string RegionCode { get; set; } = "US";
    public string? PostTown { get; set; }
    public required List<TikTokDistrict> DistrictInfo { get; set; }
    public TikTokDeliveryPreferences DeliveryPreferences { get; set; } = new("Front Door");
}

public sealed record TikTokDistrict(string AddressLevel, string AddressLevelName, string AddressName, string? IsoCode = null);

public sealed record TikTokDeliveryPreferences(string DropOffLocation);
