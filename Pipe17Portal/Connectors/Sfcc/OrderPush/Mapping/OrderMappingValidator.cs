using System.Text.RegularExpressions;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Checks mappings before they are saved, so a mistake is reported on the field in the editor rather than as an
/// exception on every order later. Scripts are parsed, never run: running needs an order, which Preview provides.
/// </summary>
internal static partial class OrderMappingValidator
{
    private const int MaxConstantLength = 256;
    private const int MaxLookupRows = 500;
    /// <summary>
    /// Custom attributes a mapping may add. Each can be a script run on every order, so their number bounds what one
    /// order costs; real order attribute definitions rarely number more than a few dozen.
    /// </summary>
    public const int MaxCustomAttributes = 50;

    public static IReadOnlyDictionary<string, string[]> Validate(IReadOnlyList<FieldMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var custom = mappings.Where(m => m?.Target is { } t && OrderMappingFields.Find(t) is null && t.StartsWith("c_", StringComparison.Ordinal))
            .Select(m => m.Target).Distinct(StringComparer.Ordinal).Count();
        if (custom > MaxCustomAttributes)
        {
            Add("fields", $"The mapping has {custom} custom attributes (c_…); at most {MaxCustomAttributes} are allowed. Remove the ones Salesforce does not need, or combine values into one attribute with a script.");
        }
        foreach (var group in mappings.Where(m => m is not null).GroupBy(m => m.Target ?? "", StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Add(Key(group.Key), $"\"{group.Key}\" is mapped {group.Count()} times; keep one mapping per field.");
        }
        foreach (var mapping in mappings)
        {
            if (mapping is null)
            {
                Add("fields", "A mapping is empty.");
                continue;
            }
            var key = Key(mapping.Target);
            foreach (var message in Check(mapping))
            {
                Add(key, message);
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string Key(string? target) => string.IsNullOrWhiteSpace(target) ? "target" : target;

    private static IEnumerable<string> Check(FieldMapping mapping)
    {
        var target = mapping.Target;
        if (string.IsNullOrWhiteSpace(target))
        {
            yield return "Choose the field of the SFCC order to map.";
            yield break;
        }
        IReadOnlyList<FieldMappingKind> allowed;
        if (OrderMappingFields.Find(target) is { } field)
        {
            if (!field.Overridable)
            {
                yield return $"{field.Label} ({target}) is set by the portal and cannot be changed: {field.DefaultDescription}";
                yield break;
            }
            allowed = field.AllowedKinds;
        }
        else if (target.StartsWith("c_", StringComparison.Ordinal))
        {
            if (!MappingTargets.IsCustomAttributeName(target))
            {
                yield return $"\"{target}\" is not a valid custom attribute name: use c_ followed by 1 to 64 letters, digits or underscores, e.g. c_tiktokShopId.";
                yield break;
            }
            allowed = OrderMappingFields.CustomAttributeKinds;
        }
        else
        {
            yield return $"\"{target}\" is not a field the portal fills in the SFCC order. Choose a field from the list, or add a custom attribute whose name starts with c_.";
            yield break;
        }

        if (!Enum.IsDefined(mapping.Kind) || !allowed.Contains(mapping.Kind))
        {
            yield return $"{target} cannot use {Describe(mapping.Kind)}; use {string.Join(" or ", allowed.Select(Describe))}.";
            yield break;
        }
        var problems = mapping.Kind switch
        {
            FieldMappingKind.Constant => CheckConstant(target, mapping.Constant),
            FieldMappingKind.Lookup => CheckLookup(target, mapping.LookupSource, mapping.Lookup),
            FieldMappingKind.Script => CheckScript(mapping.Script),
            _ => [],
        };
        foreach (var problem in problems)
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CheckConstant(string target, string? constant)
    {
        if (string.IsNullOrWhiteSpace(constant))
        {
            yield return target == MappingTargets.PaymentInstruments
                ? "Enter the SFCC payment method ID to use, e.g. TTS."
                : "Enter the value to send; a constant cannot be empty.";
        }
        else if (constant.Length > MaxConstantLength)
        {
            yield return $"A constant can be at most {MaxConstantLength} characters; this one has {constant.Length}.";
        }
    }

    private static IEnumerable<string> CheckLookup(string target, string? source, IReadOnlyList<LookupRow>? rows)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            yield return "Choose the order field whose value is looked up, e.g. shipping.optionName.";
        }
        else if (!IsLookupSource(source))
        {
            yield return $"\"{source}\" is not a field of the order document (sourcedoc); choose one from the list, e.g. shipping.optionName.";
        }
        rows ??= [];
        if (rows.Count > MaxLookupRows)
        {
            yield return $"A lookup table can have at most {MaxLookupRows} rows; this one has {rows.Count}.";
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null || string.IsNullOrWhiteSpace(row.From))
            {
                yield return $"Row {i + 1} has no order value (From).";
            }
            if (row is null || string.IsNullOrWhiteSpace(row.To))
            {
                yield return target == MappingTargets.ShippingMethod
                    ? $"Row {i + 1} has no SFCC shipping method ID (To)."
                    : $"Row {i + 1} has no value to send (To).";
            }
            if (row is not null && (row.From?.Length > MaxConstantLength || row.To?.Length > MaxConstantLength))
            {
                yield return $"Row {i + 1} is too long: From and To can be at most {MaxConstantLength} characters.";
            }
        }
        foreach (var duplicate in rows.Where(r => !string.IsNullOrWhiteSpace(r?.From))
            .GroupBy(r => r.From.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"\"{duplicate.Key}\" is listed {duplicate.Count()} times (case and spaces do not count); keep one row per value.";
        }
    }

    private static IEnumerable<string> CheckScript(string? script)
    {
        if (MappingScript.Check(script) is { } failure)
        {
            yield return failure.Message;
        }
    }

    /// <summary>A scalar <c>sourcedoc</c> path: one of the documented fields, with any index in place of <c>[]</c>.</summary>
    private static bool IsLookupSource(string source)
    {
        var normalized = Index().Replace(source.Trim(), "[]");
        return SourceDocument.Fields.Any(f => f.Type is not ("array" or "object") && Index().Replace(f.Path, "[]") == normalized);
    }

    private static string Describe(FieldMappingKind kind) => kind switch
    {
        FieldMappingKind.Default => "the default",
        FieldMappingKind.Constant => "a constant",
        FieldMappingKind.Lookup => "a lookup table",
        FieldMappingKind.Script => "a script",
        _ => $"kind {(int)kind}",
    };

    [GeneratedRegex(@"\[\d*\]")]
    private static partial Regex Index();
}
