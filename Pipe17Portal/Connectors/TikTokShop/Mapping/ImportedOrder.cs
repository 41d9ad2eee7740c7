using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.TikTokShop.Mapping;

/// <summary>A channel order translated into the portal's terms, ready to be applied to an <see cref="Order"/>.</summary>
public sealed record ImportedOrder(
    string SourceOrderId,
    string SourceStatus,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset SourceUpdatedAt,
    DateTimeOffset? HoldUntil,
    string Currency,
    decimal Subtotal,
    decimal ShippingFee,
    decimal Tax,
    decimal Discount,
    decimal Total,
    string? PaymentMethod,
    string? ShippingOptionId,
    string? ShippingOptionName,
    ShippingAddress ShippingAddress,
    string? BuyerEmail,
    string? BuyerReference,
    DateTimeOffset? CanceledAt,
    string? CanceledBy,
    string? CancelReason,
    IReadOnlyList<ImportedOrderLine> Lines,
    string Payload);

public sealed record ImportedOrderLine(
    string Sku,
    string Name,
    string? VariantName,
    string? SourceProductId,
    string? SourceSkuId,
    int Quantity,
    int CanceledQuantity,
    decimal UnitPrice,
    decimal Discount,
    decimal Total,
    string SourceLineIds);
