namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>Why an order could not be pushed to (or cancelled in) Salesforce, or its fulfillment to its channel. Each has a plain cause and a fix.</summary>
public enum OrderExceptionType
{
    /// <summary>Generic customer strategy, but no Generic Customer Number is set.</summary>
    CustomerNotConfigured = 0,
    /// <summary>The customer the strategy chose does not exist in SFCC (or SFCC rejected it).</summary>
    CustomerNotFound = 1,
    /// <summary>An email or company strategy on an order that carries no usable email or company (all TikTok orders).</summary>
    CustomerStrategyUnsupported = 2,
    /// <summary>A line's SKU is unknown to the portal or to SFCC.</summary>
    UnknownSku = 3,
    /// <summary>The order's delivery option has no SFCC shipping method in the mapping.</summary>
    UnmappedShippingOption = 4,
    /// <summary>SFCC refused the mapped shipping method.</summary>
    ShippingMethodRejected = 5,
    /// <summary>SFCC refused the payment method from the mapping.</summary>
    PaymentMethodRejected = 6,
    /// <summary>A mapping script failed, timed out, or returned the wrong shape.</summary>
    MappingScriptError = 7,
    /// <summary>SFCC says a product is not available (offline, master product, or not enough stock).</summary>
    ProductNotAvailable = 8,
    /// <summary>Any other refusal by SFCC; its fault type and message are quoted.</summary>
    SfccRejected = 9,
    /// <summary>The portal could not reach SFCC or authenticate within the retry budget.</summary>
    PushFailed = 10,
    /// <summary>The order was cancelled in TikTok but SFCC did not confirm the cancellation.</summary>
    CancellationFailed = 11,
    /// <summary>A line's SKU resolves to a product that the last complete catalog pull no longer found in SFCC.</summary>
    ProductRemoved = 17,
    /// <summary>The buyer's shipping fee is higher than the mapped SFCC shipping method's price, which SFCC cannot raise.</summary>
    ShippingFeeAboveMethodPrice = 18,
    /// <summary>The fulfillment's carrier (or shipping method) has no TikTok shipping provider in the carrier mapping.</summary>
    CarrierNotMapped = 12,
    /// <summary>TikTok froze the package (a cancellation request is pending), so it cannot ship.</summary>
    PackageFrozen = 13,
    /// <summary>The channel order was cancelled before its tracking number reached it.</summary>
    ChannelOrderCanceled = 14,
    /// <summary>The channel refused the tracking number.</summary>
    TrackingRejected = 15,
    /// <summary>Any other refusal of a fulfillment by the channel; its code and message are quoted.</summary>
    ChannelRejectedFulfillment = 16,
}

/// <summary>An open (or resolved) exception on an order.</summary>
public sealed record OrderExceptionInfo(
    Guid Id,
    Guid ConnectionId,
    OrderExceptionType Type,
    string Message,
    string Cause,
    string Fix,
    string? FixLink,
    string? ExternalFaultType,
    string? ExternalMessage,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt);

/// <summary>Open exceptions of one cause across the workspace.</summary>
public sealed record ExceptionGroup(OrderExceptionType Type, string Title, string Cause, string Fix, string? FixLink, int Orders, DateTimeOffset LastSeenAt);

public sealed record RetryResult(int Queued, string Message);

/// <summary>
/// A channel order the portal read but could not import: kept with the channel's payload and the cause, and tried again
/// on every run of the order pull until it imports (then it disappears from the list).
/// </summary>
public sealed record OrderImportFailureInfo(
    Guid Id,
    Guid ConnectionId,
    string ConnectionName,
    string SourceOrderId,
    string Reason,
    /// <summary>The order as the channel sent it ("{}" when the channel's answer could not be read at all).</summary>
    string RawJson,
    int Attempts,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt);

public enum PushState
{
    /// <summary>Waiting for the push job (or for its next attempt after a temporary failure).</summary>
    Pending = 0,
    /// <summary>Created in SFCC (and, for a cancellation, cancelled and confirmed).</summary>
    Done = 1,
    /// <summary>Stopped by an exception; waits for the merchant's Retry.</summary>
    Blocked = 2,
    /// <summary>Being worked on right now (claimed by the push job, a Retry or Test one order).</summary>
    InProgress = 3,
}

/// <summary>An order's state in one Salesforce connection.</summary>
public sealed record OrderPushInfo(
    Guid ConnectionId,
    string ConnectionName,
    string? SfccOrderNo,
    string? SfccStatus,
    DateTimeOffset? PushedAt,
    PushState State,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError);
