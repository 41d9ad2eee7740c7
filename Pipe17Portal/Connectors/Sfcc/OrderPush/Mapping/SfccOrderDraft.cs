using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The SFCC order a portal order maps to, ready for the push, or the problems that stop it. When there are problems,
/// <see cref="Basket"/> and <see cref="Document"/> are null and <see cref="Lines"/> and <see cref="Payments"/> are
/// empty: nothing half-mapped can be sent.
/// </summary>
/// <param name="OrderNo">The deterministic SFCC order number (<see cref="SfccOrderNumber.For(string)"/>), the idempotency key.</param>
/// <param name="Basket">The body of POST /baskets.</param>
/// <param name="Lines">The product items with the prices the push fixes.</param>
/// <param name="ShippingPrice">The order's shipping fee as the buyer paid it.</param>
/// <param name="Payments">The payment instruments to add to the basket.</param>
/// <param name="Document">
/// The readable document the merchant sees in Preview, exactly as sent (snake_case): the basket body plus
/// <c>order_no</c> and <c>payment_instruments</c>.
/// </param>
/// <param name="Problems">Why the order cannot be pushed as it is; empty when it can.</param>
public sealed record SfccOrderDraft(
    string OrderNo,
    OcapiBasketRequest? Basket,
    IReadOnlyList<SfccDraftLine> Lines,
    decimal ShippingPrice,
    IReadOnlyList<OcapiPaymentInstrumentRequest> Payments,
    JsonObject? Document,
    IReadOnlyList<OrderProblemInfo> Problems)
{
    [MemberNotNullWhen(true, nameof(Basket), nameof(Document))]
    public bool IsReady => Problems.Count == 0 && Basket is not null && Document is not null;
}
