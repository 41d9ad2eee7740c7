using Pipe17Portal.Client.Api.Contracts;
namespace Pipe17Portal.Domain.Orders;

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
    string Payload,
    OrderChannel Channel,
    BuyerFacts Buyer);

/// <summary>The sales channel an order came from, as the portal names it (e.g. "TikTok Shop", code "tiktok").</summary>
public sealed record OrderChannel(string Name, string Code);

/// <summary>
/// What the channel tells about the buyer that downstream systems could match a customer on. TikTok Shop gives a
/// per-order relay address and no company, so nothing of it identifies a customer.
/// </summary>
public sealed record BuyerFacts(string? Company, bool EmailIdentifiesBuyer);

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
