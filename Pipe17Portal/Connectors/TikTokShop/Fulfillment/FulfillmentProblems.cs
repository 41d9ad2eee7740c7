using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Why a fulfillment did not reach TikTok Shop, each with its cause, its fix and where to make it. TikTok's code and
/// message are kept verbatim beside the explanation.
/// </summary>
public static class FulfillmentProblems
{
    public static string CarrierMappingLink(Guid connectionId) => $"/integrations/{connectionId}#carrier-mapping";

    public static string ConnectionLink(Guid connectionId) => $"/integrations/{connectionId}";

    /// <summary>TikTok's package-frozen code (a cancellation request is pending on the order).</summary>
    public const int PackageFrozenCode = 10007014;
    /// <summary>The tracking codes of TikTok's fulfillment API: required, invalid.</summary>
    public static readonly int[] TrackingCodes = [21001007, 21001012];

    public static OrderProblemInfo CarrierNotMapped(Guid connectionId, string? carrier, string? method) => new(
        OrderExceptionType.CarrierNotMapped,
        carrier is null
            ? $"Salesforce named no carrier, and shipping method '{method ?? "(none)"}' has no TikTok shipping provider in the carrier mapping."
            : $"Carrier '{carrier}' has no TikTok shipping provider in the carrier mapping.",
        "TikTok Shop accepts a tracking number only with one of its own shipping providers, and the portal picks it from the carrier mapping of the TikTok connection. No row matches this shipment's carrier or shipping method.",
        $"Open the TikTok connection's carrier mapping and add a row for '{carrier ?? method}', choosing the TikTok provider the warehouse ships with; then retry the order.",
        CarrierMappingLink(connectionId));

    public static OrderProblemInfo PackageFrozen(Guid connectionId, TikTokError error) => new(
        OrderExceptionType.PackageFrozen,
        "TikTok Shop froze the package, so the tracking number was not accepted.",
        "TikTok freezes an order's packages while the buyer's cancellation request is open; nothing can ship until the request is accepted or rejected.",
        "In TikTok Seller Center, answer the buyer's cancellation request. If you reject it, retry the order here; if you accept it, the order is cancelled and the shipment should be stopped.",
        ConnectionLink(connectionId), error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);

    public static OrderProblemInfo OrderCanceled(Guid connectionId, string orderId, TikTokError? error) => new(
        OrderExceptionType.ChannelOrderCanceled,
        $"TikTok Shop order {orderId} is already cancelled, so its tracking number cannot be added.",
        "The order was cancelled on TikTok Shop (by the buyer, the seller or the platform) before the warehouse's shipment reached it.",
        "Stop or recall the shipment with the carrier if you can, and handle the refund in TikTok Seller Center. Nothing is sent to TikTok for this order.",
        ConnectionLink(connectionId), error?.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), error?.Message);

    public static OrderProblemInfo TrackingRejected(Guid connectionId, string tracking, TikTokError error) => new(
        OrderExceptionType.TrackingRejected,
        $"TikTok Shop rejected the tracking number '{tracking}'.",
        "TikTok checks the tracking number's format; this one is empty, too long, or has characters carriers do not print (spaces, symbols).",
        "Correct the tracking number on the shipment in Salesforce (or check the carrier mapping points at the right provider), then retry the order.",
        CarrierMappingLink(connectionId), error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);

    public static OrderProblemInfo Rejected(Guid connectionId, string what, TikTokError? error) => new(
        OrderExceptionType.ChannelRejectedFulfillment,
        $"TikTok Shop did not take the fulfillment: {error?.Message ?? what}",
        error is null
            ? $"The shipment cannot be matched to the TikTok order: {what}."
            : "TikTok refused the call with a business error; sending the same request again will not help until its cause is fixed.",
        error?.Kind is TikTokErrorKind.ExpiredToken or TikTokErrorKind.NeedsReauthorization
            ? "Open the TikTok connection and click Connect to authorize the shop again; then retry the order."
            : "Read TikTok's message: it names the package, line item or provider. Fix it in Seller Center, Salesforce or the carrier mapping, then retry the order.",
        error?.Kind is TikTokErrorKind.ExpiredToken or TikTokErrorKind.NeedsReauthorization ? ConnectionLink(connectionId) : CarrierMappingLink(connectionId),
        error?.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), error?.Message ?? what);

    public static OrderProblemInfo Unreachable(Guid connectionId, int attempts, TikTokError error) => new(
        OrderExceptionType.ChannelRejectedFulfillment,
        $"TikTok Shop could not be reached after {attempts} attempt(s): {error.Message}",
        "TikTok answered with a temporary error (busy, rate limited or timed out) every time the portal tried.",
        "Retry the order; if it keeps failing, check TikTok Shop's status and the TikTok connection.",
        ConnectionLink(connectionId), error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);

    /// <summary>Temporary failures: a later attempt may get through without anyone changing anything.</summary>
    public static bool IsTransient(TikTokError error) =>
        error.Kind is TikTokErrorKind.RateLimited or TikTokErrorKind.Transient or TikTokErrorKind.Network or TikTokErrorKind.InvalidResponse
        // A token refused even after a refresh can be momentary; a real loss of authorization repeats and turns the
        // connection to Needs re-authorization (TikTokRefusalStreaks), which stops its flows.
        || error.Kind is TikTokErrorKind.ExpiredToken;
}
