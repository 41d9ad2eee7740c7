using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>An order of Search Orders / Get Order Detail (202309). Times are Unix seconds; money is a string (see <see cref="TikTokMoney"/>).</summary>
public sealed record TikTokOrder
{
    public required string Id { get; init; }

    /// <summary>UNPAID, ON_HOLD, AWAITING_SHIPMENT, PARTIALLY_SHIPPING, AWAITING_COLLECTION, IN_TRANSIT, DELIVERED, COMPLETED, CANCELLED.</summary>
    public required string Status { get; init; }

    public long? CreateTime { get; init; }
    public long? UpdateTime { get; init; }
    public long? PaidTime { get; init; }
    public long? CancelTime { get; init; }
    public long? RtsTime { get; init; }
    public long? RtsSlaTime { get; init; }
    public long? TtsSlaTime { get; init; }
    public long? ShippingDueTime { get; init; }
    public long? CollectionDueTime { get; init; }
    public long? DeliveryDueTime { get; init; }
    public long? CancelOrderSlaTime { get; init; }
    public long? CollectionTime { get; init; }
    public long? DeliveryTime { get; init; }
    public long? RequestCancelTime { get; init; }

    public string? CancelReason { get; init; }

    /// <summary>SELLER, BUYER or SYSTEM.</summary>
    public string? CancellationInitiator { get; init; }

    public bool? IsOnHoldOrder { get; init; }
    public bool? IsCod { get; init; }
    public bool? IsSampleOrder { get; init; }
    public bool? IsReplacementOrder { get; init; }
    public bool? IsExchangeOrder { get; init; }
    public bool? IsBuyerRequestCancel { get; init; }

    public string? DeliveryOptionId { get; init; }
    public string? DeliveryOptionName { get; init; }

    /// <summary>HOME_DELIVERY or COLLECTION_POINT.</summary>
    public string? DeliveryType { get; init; }

    /// <summary>TIKTOK (platform label) or SELLER (own carrier).</summary>
    public string? ShippingType { get; init; }

    /// <summary>Only FULFILLMENT_BY_SELLER is shipped by the seller.</summary>
    public string? FulfillmentType { get; init; }

    public string? ShippingProvider { get; init; }
    public string? ShippingProviderId { get; init; }
    public string? TrackingNumber { get; init; }
    public string? WarehouseId { get; init; }
    public string? OrderType { get; init; }
    public string? SplitOrCombineTag { get; init; }
    public bool? HasUpdatedRecipientAddress { get; init; }
    public string? CommercePlatform { get; init; }

    /// <summary>An anonymized relay address, not a customer identity.</summary>
    public string? BuyerEmail { get; init; }

    public string? UserId { get; init; }
    public string? BuyerMessage { get; init; }
    public string? SellerNote { get; init; }
    public string? PaymentMethodName { get; init; }

    /// <summary>One entry per unit: three of a SKU are three line items with distinct ids (there is no quantity).</summary>
    public IReadOnlyList<TikTokOrderLineItem> LineItems { get; init; } = [];

    public TikTokOrderPayment? Payment { get; init; }
    public TikTokRecipientAddress? RecipientAddress { get; init; }
    public IReadOnlyList<TikTokOrderPackage> Packages { get; init; } = [];

    /// <summary>The order exactly as TikTok sent it, for "View JSON".</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}

public sealed record TikTokOrderPackage
{
    public required string Id { get; init; }
}
