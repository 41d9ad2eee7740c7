using Pipe17Portal.Client.Api.Contracts;
using static Pipe17Portal.Client.Api.Contracts.FieldMappingKind;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The fixed catalog of fields the portal fills in the SFCC order document, each with its built-in rule in plain words,
/// whether the merchant may change it and how. Fields not overridden keep their default, so a saved mapping lists only
/// what the merchant changed (plus any custom <c>c_</c> attributes).
/// </summary>
public static class OrderMappingFields
{
    /// <summary>The setup guide's payment script (Step 7), with the generic TikTok Shop payment method TTS.</summary>
    public const string DefaultPaymentScript =
        "((sourcedoc) => { return [{ \"payment_method_id\": 'TTS', \"amount\": sourcedoc.payments[0].amount }] })(sourcedoc)";

    /// <summary>What a merchant may use on a custom <c>c_</c> attribute (it has no built-in rule).</summary>
    public static IReadOnlyList<FieldMappingKind> CustomAttributeKinds { get; } = [Constant, Lookup, Script];

    private static readonly IReadOnlyList<FieldMappingKind> ValueKinds = [Default, Constant, Lookup, Script];

    public static IReadOnlyList<MappingFieldInfo> Catalog { get; } = BuildCatalog();

    private static readonly Dictionary<string, MappingFieldInfo> ByTarget = Catalog.ToDictionary(f => f.Target, StringComparer.Ordinal);

    /// <summary>The <c>sourcedoc</c> path a Default-kind field is read from, for the fields whose default is a plain copy.</summary>
    internal static IReadOnlyDictionary<string, string> DefaultSources { get; } = BuildDefaultSources();

    public static MappingFieldInfo? Find(string target) => ByTarget.GetValueOrDefault(target);

    /// <summary>The mapping editor opened on one field, for problems fixed there (e.g. SFCC refusing the mapped method).</summary>
    public static string FixLink(Guid connectionId, string target) => MappingProblems.FixLink(connectionId, target);

    /// <summary>
    /// The effective mapping of every field: the saved override where there is a usable one, the default otherwise, then
    /// the custom <c>c_</c> attributes. Read-only fields always keep their built-in rule, and a saved Default kind
    /// means "use the default".
    /// </summary>
    public static IReadOnlyList<FieldMapping> Merge(IReadOnlyList<FieldMapping> saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var overrides = saved.Where(m => m is not null).GroupBy(m => m.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var merged = Catalog.Select(field => Override(field, overrides.GetValueOrDefault(field.Target)) ?? field.Mapping).ToList();
        merged.AddRange(overrides.Values.Where(m => !ByTarget.ContainsKey(m.Target) && MappingTargets.IsCustomAttributeName(m.Target) && CustomAttributeKinds.Contains(m.Kind)));
        return merged;
    }

    /// <summary>The editor's rows: every catalog field with its effective mapping, then one row per custom attribute.</summary>
    public static IReadOnlyList<MappingFieldInfo> Describe(IReadOnlyList<FieldMapping> saved)
    {
        var merged = Merge(saved);
        return [.. merged.Select(m => ByTarget.TryGetValue(m.Target, out var field)
            ? field with { Mapping = m }
            : new MappingFieldInfo(m.Target, m.Target, "A custom attribute of the SFCC order, added by you. It has no default.", true, CustomAttributeKinds, m))];
    }

    /// <summary>Field-keyed problems with the mappings a merchant wants to save; empty when they can be saved.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(IReadOnlyList<FieldMapping> mappings) =>
        OrderMappingValidator.Validate(mappings);

    /// <summary>The mapping the mapper uses for a target: the given one if usable, the catalog default otherwise.</summary>
    internal static FieldMapping? Effective(string target, FieldMapping? given) =>
        ByTarget.TryGetValue(target, out var field) ? Override(field, given) ?? field.Mapping : given;

    private static FieldMapping? Override(MappingFieldInfo field, FieldMapping? saved) =>
        saved is not null && field.Overridable && saved.Kind != Default && field.AllowedKinds.Contains(saved.Kind) ? saved : null;

    private static List<MappingFieldInfo> BuildCatalog()
    {
        List<MappingFieldInfo> fields =
        [
            ReadOnly(MappingTargets.OrderNo, "Order number",
                "\"TT\" followed by the TikTok order id, e.g. TT576461413038785752. It is the idempotency key: a retried push finds the order already created under this number and never creates a second one."),
            ReadOnly(MappingTargets.CustomerNo, "Customer",
                "The SFCC customer chosen by the Customer matching strategy in the sync settings (for TikTok Shop: the generic customer number)."),
            Field(MappingTargets.CustomerEmail, "Customer email", "The buyer's email as the channel gives it (buyer.email); TikTok Shop often sends none."),
        ];
        fields.AddRange(Address(MappingTargets.BillingAddress, "Billing",
            "TikTok Shop gives no billing address, so the order's shipping address is used"));
        fields.AddRange(Address(MappingTargets.ShippingAddress, "Shipping", "The order's shipping address"));
        fields.Add(new MappingFieldInfo(MappingTargets.ShippingMethod, "Shipping method",
            "Each delivery option the buyer can choose (its name or id, as received) must be mapped to a real SFCC shipping method ID. An order with an unmapped option is stopped with an exception; no placeholder is ever sent.",
            true, [Lookup, Constant, Script], new FieldMapping(MappingTargets.ShippingMethod, Lookup, LookupSource: "shipping.optionName", Lookup: [])));
        fields.Add(ReadOnly(MappingTargets.ProductItems, "Products",
            "One item per SKU still wanted, with its quantity. The SFCC product is the Channel SKU on the product's Salesforce row when set, otherwise the master SKU."));
        fields.Add(new MappingFieldInfo(MappingTargets.PaymentInstruments, "Payment",
            "The setup guide's script: one payment with SFCC payment method TTS for the order total (sourcedoc.payments[0].amount). A constant is a payment method ID and means one payment of that method for the order total.",
            true, [Script, Constant], new FieldMapping(MappingTargets.PaymentInstruments, Script, Script: DefaultPaymentScript)));
        fields.Add(Field(MappingTargets.TikTokOrderId, "TikTok order id (custom attribute)", "The TikTok order id (orderNumber), so the order can be found in Business Manager."));
        return fields;
    }

    private static IEnumerable<MappingFieldInfo> Address(string prefix, string labelPrefix, string source) =>
        MappingTargets.AddressFields.Select(a => Field($"{prefix}.{a.Field}", $"{labelPrefix} {a.Label.ToLowerInvariant()}",
            $"{source}: shipping.address.{a.SourceField}{AddressNote(a.Field)}."));

    private static string AddressNote(string field) => field switch
    {
        "first_name" => " (the name without its last word)",
        "last_name" => " (the last word of the name)",
        _ => "",
    };

    private static Dictionary<string, string> BuildDefaultSources()
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MappingTargets.CustomerEmail] = "buyer.email",
            [MappingTargets.TikTokOrderId] = "orderNumber",
        };
        foreach (var prefix in new[] { MappingTargets.BillingAddress, MappingTargets.ShippingAddress })
        {
            foreach (var a in MappingTargets.AddressFields)
            {
                sources[$"{prefix}.{a.Field}"] = $"shipping.address.{a.SourceField}";
            }
        }
        return sources;
    }

    private static MappingFieldInfo Field(string target, string label, string description) =>
        new(target, label, description, true, ValueKinds, new FieldMapping(target, Default));

    private static MappingFieldInfo ReadOnly(string target, string label, string description) =>
        new(target, label, description, false, [Default], new FieldMapping(target, Default));
}
