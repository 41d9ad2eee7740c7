namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>The portal's order statuses (DESIGN §4), the same for every channel.</summary>
public enum OrderStatus
{
    New = 0,
    OnHold = 1,
    ReadyForFulfillment = 2,
    SentToFulfillment = 3,
    PartialFulfillment = 4,
    Fulfilled = 5,
    Canceled = 6,
}

public enum OrderSort
{
    PlacedAt = 0,
    UpdatedAt = 1,
    Total = 2,
    SourceOrderId = 3,
}

public sealed record OrderQuery(
    int Page = 1,
    int PageSize = 25,
    OrderStatus? Status = null,
    Guid? ConnectionId = null,
    DateTimeOffset? PlacedFrom = null,
    DateTimeOffset? PlacedTo = null,
    string? Search = null,
    OrderSort Sort = OrderSort.PlacedAt,
    bool Descending = true,
    /// <summary>Only orders with an open exception of this type.</summary>
    OrderExceptionType? ExceptionType = null,
    /// <summary>Only orders with any open exception.</summary>
    bool? HasExceptions = null);

public sealed record OrderSummary(
    Guid Id,
    string SourceOrderId,
    Guid SourceConnectionId,
    string? SourceConnectionName,
    OrderStatus Status,
    string SourceStatus,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt,
    int Units,
    decimal Total,
    string Currency,
    string? ShippingOptionName,
    int OpenExceptions = 0);

public sealed record OrderLineInfo(string Sku, string Name, string? VariantName, int Quantity, int CanceledQuantity, decimal UnitPrice, decimal Discount, decimal Total);

public sealed record ShippingAddressInfo(string? Name, string? Phone, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? CountryCode, string? FullAddress);

public sealed record OrderEventInfo(Guid Id, DateTimeOffset At, string Kind, string Message, bool HasPayload);

public sealed record OrderDetail(
    OrderSummary Summary,
    DateTimeOffset? PaidAt,
    DateTimeOffset? HoldUntil,
    decimal Subtotal,
    decimal ShippingFee,
    decimal Tax,
    decimal Discount,
    string? PaymentMethod,
    string? ShippingOptionId,
    string? BuyerEmail,
    string? BuyerReference,
    DateTimeOffset? CanceledAt,
    string? CanceledBy,
    string? CancelReason,
    ShippingAddressInfo ShippingAddress,
    IReadOnlyList<OrderLineInfo> Lines,
    IReadOnlyList<OrderEventInfo> Timeline);
