using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// The plain-language problems of the order push, each with its cause, its fix and where to make it. SFCC's refusals keep
/// SFCC's fault type and message verbatim beside the explanation.
/// </summary>
public static class OrderProblems
{
    public static string SettingsLink(Guid connectionId) => $"/integrations/{connectionId}#order-sync";

    public static string MappingLink(Guid connectionId, string field) => Mapping.OrderMappingFields.FixLink(connectionId, field);

    public static string ConnectionLink(Guid connectionId) => $"/integrations/{connectionId}";

    public static OrderProblemInfo CustomerNotConfigured(Guid connectionId) => new(
        OrderExceptionType.CustomerNotConfigured,
        "No Generic Customer Number is set on the Salesforce connection.",
        "SFCC attaches every order to a customer. The customer matching strategy needs the generic customer, but its number is empty.",
        "Create a generic customer in Business Manager (Merchant Tools → Customers) and enter its customer number in Orders to Salesforce → Generic Customer Number.",
        SettingsLink(connectionId));

    public static OrderProblemInfo CustomerStrategyUnsupported(Guid connectionId, CustomerMatchingStrategy strategy, string channel) => new(
        OrderExceptionType.CustomerStrategyUnsupported,
        $"The customer matching strategy \"{CustomerStrategies.Title(strategy)}\" cannot match this {channel} order.",
        $"{channel} does not share the buyer's email address or company name, so a strategy that matches on them has nothing to match.",
        "Set the customer matching strategy to \"Use a generic customer for all orders\" and enter the Generic Customer Number, then retry the order.",
        SettingsLink(connectionId));

    public static OrderProblemInfo CustomerNotFound(Guid connectionId, string customerNo, SfccError? error) => new(
        OrderExceptionType.CustomerNotFound,
        $"SFCC has no customer with number '{customerNo}'.",
        "The Generic Customer Number (or the customer the strategy chose) does not exist in the site's customer list, so SFCC cannot attach the order to it.",
        "Check the number in Business Manager → Merchant Tools → Customers, create the customer if it is missing, or correct the Generic Customer Number; then retry.",
        SettingsLink(connectionId), error?.FaultType ?? error?.ProblemType, error?.Message);

    public static OrderProblemInfo UnknownSku(string sku, string where, string? nearMiss, string fixLink) => new(
        OrderExceptionType.UnknownSku,
        nearMiss is null ? $"SKU '{sku}' is unknown to {where}." : $"SKU '{sku}' is unknown to {where}; did you mean '{nearMiss}'?",
        nearMiss is null
            ? "Orders reach SFCC by product id: the Channel SKU on the product's Salesforce row, else the master SKU. No product matches this SKU exactly."
            : "SKUs match exactly — case and spaces count. A product differs from this SKU only in case or spaces, so it is not linked.",
        "Make the SKUs identical in TikTok Shop and Salesforce, or open the product and enter the Salesforce SKU in the Salesforce row of Channel Options; then retry.",
        fixLink);

    /// <param name="productId">The SFCC product id the SKU resolved to (the Channel SKU or the master SKU).</param>
    public static OrderProblemInfo ProductRemoved(string sku, string productId, DateTimeOffset removedAt, Guid portalProductId) => new(
        OrderExceptionType.ProductRemoved,
        productId == sku
            ? $"SKU '{sku}' was removed from Salesforce (gone from the catalog since {removedAt:yyyy-MM-dd HH:mm} UTC)."
            : $"SKU '{sku}' maps to Salesforce product '{productId}', which was removed from Salesforce (gone from the catalog since {removedAt:yyyy-MM-dd HH:mm} UTC).",
        "The catalog pull no longer finds this product in the Salesforce instance, so an order for it would be refused there. The portal keeps the product, marked as removed, so its history and Channel Options stay.",
        "If the product should still be sold, restore it in Business Manager → Merchant Tools → Products and Catalogs and run the catalog pull again; if it was replaced, point the Salesforce Channel SKU of this product at the new product. Then retry.",
        $"/products/{portalProductId}");

    public static OrderProblemInfo PushFailed(Guid connectionId, int attempts, SfccError error) => new(
        OrderExceptionType.PushFailed,
        $"Push failed after {attempts} attempt(s): {error.Message}",
        error.Explanation,
        error.Kind is SfccErrorKind.Authentication or SfccErrorKind.Forbidden or SfccErrorKind.AddressRefused
            ? "Open the Salesforce connection and click Connect: the checks name the credential, scope or role to fix. Then retry."
            : "SFCC did not answer in time or was busy. Retry the order; if it keeps failing, check the Salesforce connection and SFCC's status.",
        ConnectionLink(connectionId), error.FaultType ?? error.ProblemType, error.Message);

    /// <summary>
    /// The portal sets the buyer's shipping fee with a fixed-price adjustment, and SFCC's adjustments lower a price but never
    /// raise it: placing the order anyway would leave its total short of what the buyer paid (and of its payment).
    /// </summary>
    public static OrderProblemInfo ShippingFeeAboveMethodPrice(Guid connectionId, string? methodId, decimal methodPrice, decimal fee, string currency) => new(
        OrderExceptionType.ShippingFeeAboveMethodPrice,
        $"The buyer paid {fee:0.00} {currency} for shipping, but SFCC shipping method '{methodId}' costs only {methodPrice:0.00} {currency}.",
        "The portal gives an SFCC order the buyer's shipping fee with a price adjustment, and SFCC adjustments can lower a shipping method's price but never raise it. "
            + "The order would reach SFCC with a total lower than TikTok's and than its payment, so it was not sent.",
        $"Map this delivery option to an SFCC shipping method whose price is at least {fee:0.00} {currency} (the portal lowers it to the buyer's fee), "
            + "or raise this method's price in Business Manager (Merchant Tools → Ordering → Shipping Methods); then retry.",
        MappingLink(connectionId, "shipments[0].shipping_method.id"));

    /// <summary>A refusal by SFCC of the order itself: retrying the same document cannot help until something is fixed.</summary>
    public static OrderProblemInfo Rejected(Guid connectionId, SfccError error, string? customerNo, string? productLink)
    {
        var type = error.FaultType ?? error.ProblemType ?? "";
        return type switch
        {
            "CustomerNotFoundException" or "customer-not-found" => CustomerNotFound(connectionId, customerNo ?? "?", error),
            "InvalidShippingMethodIdException" => new(
                OrderExceptionType.ShippingMethodRejected,
                "SFCC rejected the shipping method.",
                "Every SFCC order must reference a real shipping method ID of the site; the mapped one is unknown to SFCC or not applicable.",
                "In Orders to Salesforce mapping, map the order's delivery option to a shipping method ID that exists in Business Manager (Merchant Tools → Ordering → Shipping Methods); then retry.",
                MappingLink(connectionId, "shipments[0].shipping_method.id"), type, error.Message),
            "InvalidPaymentMethodIdException" => new(
                OrderExceptionType.PaymentMethodRejected,
                "SFCC rejected the payment method.",
                "Every SFCC order must reference an active payment method of the site; the one the payment mapping returns does not exist or is not active.",
                "Create a payment method for TikTok Shop orders in Business Manager (Merchant Tools → Ordering → Payment Methods, e.g. TTS) and use its ID in the payment mapping script; then retry.",
                MappingLink(connectionId, "payment_instruments"), type, error.Message),
            "UnknownPropertyException" when UndefinedCustomAttribute(error.Message) is { } attribute => new(
                OrderExceptionType.SfccRejected,
                $"SFCC refused the order: the site defines no custom attribute '{attribute[2..]}' on orders, but the mapping sends {attribute}.",
                "SFCC stores a c_ attribute on a basket or order only when it is defined on the Order system object type; it refuses the whole order for one it does not know.",
                CustomAttributeCheck.Fix([attribute]),
                MappingLink(connectionId, attribute), type, error.Message),
            "ProductItemNotAvailableException" or "product-not-found" => new(
                OrderExceptionType.ProductNotAvailable,
                "SFCC says a product of the order is not available.",
                "SFCC only orders online, orderable variants with stock (available to sell). A master product, an offline product or missing stock is refused.",
                "Check the product's online flag and inventory in Business Manager, or correct its Channel SKU so it points at the right variant; then retry.",
                productLink, type, error.Message),
            _ => new(
                OrderExceptionType.SfccRejected,
                $"SFCC refused the order: {error.Message}",
                error.Explanation,
                "Read SFCC's message: it names the field or rule. Fix the mapping or the SFCC setup it points to, then retry.",
                MappingLink(connectionId, "order_no"), string.IsNullOrEmpty(type) ? null : type, error.Message),
        };
    }

    public static OrderProblemInfo CancellationFailed(Guid connectionId, string orderNo, string detail, SfccError? error) => new(
        OrderExceptionType.CancellationFailed,
        $"The cancellation of SFCC order {orderNo} was not confirmed: {detail}",
        error is null
            ? "After the status change, SFCC still reports another status, so the order may still be fulfilled."
            : error.Explanation,
        "Check the order in Business Manager: an order that is already shipped or completed cannot be cancelled there. Cancel or stop it by hand, then retry.",
        ConnectionLink(connectionId), error?.FaultType ?? error?.ProblemType, error?.Message);

    /// <summary>The c_ attribute an UnknownPropertyException names, e.g. "The property 'c_giftNote' is not defined …".</summary>
    private static string? UndefinedCustomAttribute(string? message) =>
        message is null ? null : System.Text.RegularExpressions.Regex.Match(message, "'(c_[A-Za-z0-9_]{1,64})'") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Refusals that a later attempt may get past without anyone changing anything.</summary>
    public static bool IsTransient(SfccError error) =>
        error.Kind is SfccErrorKind.Transient or SfccErrorKind.RateLimited or SfccErrorKind.Network or SfccErrorKind.InvalidResponse
        // A 401 even to a fresh token can be momentary (the soak blocked an order on one); credentials really refused
        // repeat, turn the connection to Error and stop its flows (SfccCredentialRefusals), so retrying costs nothing.
        || error.Kind is SfccErrorKind.Authentication
        || error.FaultType is "CustomerBasketsQuotaExceededException" || error.ProblemType is "customer-baskets-quota-exceeded"
        // The basket expired or was cleaned up between two calls: a new attempt starts with a new one.
        || error.FaultType is "BasketNotFoundException" || error.ProblemType is "basket-not-found";
}
