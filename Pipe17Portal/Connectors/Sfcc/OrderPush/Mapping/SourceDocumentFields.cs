using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

public static partial class SourceDocument
{
    /// <summary>Every path of <c>sourcedoc</c>, for the mapping editor's field list and for checking lookup sources.</summary>
    public static IReadOnlyList<SourceDocField> Fields { get; } =
    [
        new("id", "string", "The order's id in the portal."),
        new("orderNumber", "string", "The channel's own order number (the TikTok order id)."),
        new("channel", "string", "The channel the order came from, e.g. \"tiktok\"."),
        new("sourceConnection", "string | null", "The name of the connection the order was imported through."),
        new("status", "string", "The portal status, e.g. \"readyForFulfillment\" or \"canceled\"."),
        new("sourceStatus", "string", "The channel's own status word, as received (e.g. AWAITING_SHIPMENT)."),
        new("placedAt", "string (ISO 8601)", "When the buyer placed the order, in UTC."),
        new("paidAt", "string (ISO 8601) | null", "When the order was paid, in UTC; null while unpaid."),
        new("currency", "string", "The order's currency code, e.g. \"USD\"."),
        new("subtotal", "number", "What the products cost after discounts, before shipping and tax."),
        new("shippingFee", "number", "What the buyer paid for shipping."),
        new("tax", "number", "The order's tax."),
        new("discount", "number", "All discounts on the order (seller and platform)."),
        new("total", "number", "What the buyer paid in all."),
        new("buyer.email", "string | null", "The buyer's email as the channel gives it (TikTok: a relay address, or none)."),
        new("buyer.reference", "string | null", "The channel's buyer reference (TikTok: the user id); not a customer identity."),
        new("buyer.company", "string | null", "The buyer's company; always null for TikTok Shop orders."),
        new("shipping.optionId", "string | null", "The id of the delivery option the buyer chose."),
        new("shipping.optionName", "string | null", "The name of the delivery option the buyer chose, e.g. \"Standard shipping\"."),
        new("shipping.address.name", "string | null", "The recipient's name as received (the channel may mask it)."),
        new("shipping.address.firstName", "string | null", "The recipient's name without its last word (empty for a one-word name)."),
        new("shipping.address.lastName", "string | null", "The last word of the recipient's name."),
        new("shipping.address.phone", "string | null", "The recipient's phone number as received."),
        new("shipping.address.line1", "string | null", "The first address line."),
        new("shipping.address.line2", "string | null", "More address lines, comma-separated."),
        new("shipping.address.city", "string | null", "The city."),
        new("shipping.address.region", "string | null", "The state, county or province."),
        new("shipping.address.postalCode", "string | null", "The postal code."),
        new("shipping.address.countryCode", "string | null", "The two-letter country code, e.g. \"US\"."),
        new("shipping.address.fullAddress", "string | null", "The whole address in one line, as the channel formats it."),
        new("lines", "array", "The SKUs still wanted, one entry per SKU (canceled units are left out)."),
        new("lines[].sku", "string", "The line's SKU (the portal's master SKU)."),
        new("lines[].name", "string", "The product name."),
        new("lines[].variantName", "string | null", "The variant name, e.g. \"Red, M\"."),
        new("lines[].quantity", "number", "How many units are still wanted."),
        new("lines[].unitPrice", "number", "The price of one unit."),
        new("lines[].discount", "number", "The discount on the line's units."),
        new("lines[].total", "number", "The line's total."),
        new("payments", "array", "How the order was paid: one entry."),
        new("payments[0].method", "string | null", "The channel's payment method name, e.g. \"Credit card\"."),
        new("payments[0].amount", "number", "The amount paid: the order total."),
        new("payments[0].currency", "string", "The currency of the payment."),
    ];
}
