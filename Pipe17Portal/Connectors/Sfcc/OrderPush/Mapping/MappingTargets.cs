using System.Text.RegularExpressions;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The target paths of the SFCC order document, spelled as OCAPI spells them (snake_case) so the mapping editor, the
/// preview and SFCC's own error messages all name a field the same way.
/// </summary>
public static partial class MappingTargets
{
    public const string OrderNo = "order_no";
    public const string CustomerNo = "customer_info.customer_no";
    public const string CustomerEmail = "customer_info.email";
    public const string ProductItems = "product_items";
    public const string ShippingMethod = "shipments[0].shipping_method.id";
    public const string PaymentInstruments = "payment_instruments";
    public const string TikTokOrderId = "c_tiktokOrderId";
    public const string BillingAddress = "billing_address";
    public const string ShippingAddress = "shipments[0].shipping_address";

    /// <summary>The OCAPI address fields the mapping fills, with the <c>sourcedoc</c> address field each defaults to.</summary>
    public static IReadOnlyList<(string Field, string Label, string SourceField)> AddressFields { get; } =
    [
        ("first_name", "First name", "firstName"),
        ("last_name", "Last name", "lastName"),
        ("address1", "Address line 1", "line1"),
        ("address2", "Address line 2", "line2"),
        ("city", "City", "city"),
        ("state_code", "State", "region"),
        ("postal_code", "Postal code", "postalCode"),
        ("country_code", "Country", "countryCode"),
        ("phone", "Phone", "phone"),
    ];

    /// <summary>A custom attribute name SFCC accepts on an order: <c>c_</c> and up to 64 letters, digits or underscores.</summary>
    public static bool IsCustomAttributeName(string? target) => target is not null && CustomAttribute().IsMatch(target);

    [GeneratedRegex("^c_[A-Za-z0-9_]{1,64}$")]
    private static partial Regex CustomAttribute();
}
