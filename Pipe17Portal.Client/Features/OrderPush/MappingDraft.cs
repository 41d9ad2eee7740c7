using System.Text.RegularExpressions;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Client.Features.OrderPush;

public sealed class LookupRowDraft
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
}

/// <summary>The editable copy of one mapping row. Values of every kind are kept, so switching kinds back and forth loses nothing.</summary>
public sealed partial class FieldDraft
{
    public const string ShippingMethodTarget = "shipments[0].shipping_method.id";

    public FieldDraft(MappingFieldInfo info)
    {
        Info = info;
        Kind = info.Mapping.Kind;
        Constant = info.Mapping.Constant ?? "";
        LookupSource = info.Mapping.LookupSource;
        Rows = [.. (info.Mapping.Lookup ?? []).Select(r => new LookupRowDraft { From = r.From, To = r.To })];
        Script = info.Mapping.Script ?? "";
    }

    public MappingFieldInfo Info { get; }
    public string Target => Info.Target;
    /// <summary>A custom attribute the merchant added (a built-in <c>c_</c> field has a default and cannot be removed).</summary>
    public bool IsCustom => IsCustomTarget(Target) && !Info.AllowedKinds.Contains(FieldMappingKind.Default);
    public bool IsShippingMethod => Target == ShippingMethodTarget;
    public FieldMappingKind Kind { get; set; }
    public string Constant { get; set; }
    public string? LookupSource { get; set; }
    public List<LookupRowDraft> Rows { get; }
    public string Script { get; set; }

    /// <summary>A stable element id for the row (links with <c>?field=</c> scroll to it).</summary>
    public string ElementId => RowId(Target);

    public static string RowId(string target) => "field-" + NotIdChar().Replace(target, "-");

    public static bool IsCustomTarget(string target) => target.StartsWith("c_", StringComparison.Ordinal);

    /// <summary>A custom attribute the merchant adds: Salesforce <c>c_</c> attributes, set by a constant, a lookup or a script.</summary>
    public static FieldDraft Custom(string target) => new(new MappingFieldInfo(target, "Custom attribute", "A custom attribute you added to the Salesforce order.", true,
        [FieldMappingKind.Constant, FieldMappingKind.Lookup, FieldMappingKind.Script], new FieldMapping(target, FieldMappingKind.Constant, Constant: "")));

    public FieldMapping ToMapping() => Kind switch
    {
        FieldMappingKind.Constant => new FieldMapping(Target, Kind, Constant: Constant),
        FieldMappingKind.Lookup => new FieldMapping(Target, Kind, LookupSource: LookupSource,
            Lookup: [.. Rows.Where(r => r.From.Length > 0 || r.To.Length > 0).Select(r => new LookupRow(r.From, r.To.Trim()))]),
        FieldMappingKind.Script => new FieldMapping(Target, Kind, Script: Script),
        _ => new FieldMapping(Target, FieldMappingKind.Default),
    };

    /// <summary>Only overridden rows are sent; a row back on its built-in rule is left out, which restores the default.</summary>
    public static OrderMappingUpdate Update(IEnumerable<FieldDraft> drafts) =>
        new([.. drafts.Where(d => d.Info.Overridable && d.Kind != FieldMappingKind.Default).Select(d => d.ToMapping())]);

    public static string KindTitle(FieldMappingKind kind) => kind switch
    {
        FieldMappingKind.Default => "Built-in rule",
        FieldMappingKind.Constant => "Constant",
        FieldMappingKind.Lookup => "Lookup table",
        FieldMappingKind.Script => "Script",
        _ => kind.ToString(),
    };

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NotIdChar();
}
