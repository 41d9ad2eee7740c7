using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Finds the SFCC shipping method of an order (setup guide Step 6). Salesforce refuses an order without a real method,
/// so an order whose delivery option is not mapped is stopped with <see cref="OrderExceptionType.UnmappedShippingOption"/>
/// rather than sent with a placeholder.
/// </summary>
internal static class ShippingMethodResolver
{
    private const string OptionName = "shipping.optionName";
    private const string OptionId = "shipping.optionId";

    public static string? Resolve(MappingContext context)
    {
        var mapping = context.Mapping(MappingTargets.ShippingMethod);
        var order = context.Input.Order;
        switch (mapping.Kind)
        {
            case FieldMappingKind.Constant when !string.IsNullOrWhiteSpace(mapping.Constant):
                return mapping.Constant.Trim();
            case FieldMappingKind.Script:
                var result = context.RunScript(MappingTargets.ShippingMethod, mapping.Script);
                if (!result.Succeeded)
                {
                    return null;
                }
                if (result.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } id && !string.IsNullOrWhiteSpace(id))
                {
                    return id.Trim();
                }
                context.Problems.Add(MappingProblems.WrongShape(context.ConnectionId, MappingTargets.ShippingMethod, result.Value,
                    "it must be the SFCC shipping method ID as a non-empty string, e.g. \"001\"."));
                return null;
            case FieldMappingKind.Lookup:
                var source = mapping.LookupSource?.Trim() ?? OptionName;
                if (LookupTable.Match(mapping.Lookup, Candidates(context, source)) is { } method)
                {
                    return method;
                }
                break;
        }
        context.Problems.Add(MappingProblems.UnmappedShippingOption(context.ConnectionId, order.ShippingOptionName, order.ShippingOptionId));
        return null;
    }

    /// <summary>
    /// The values a row may name. Merchants copy the option as they see it, its name or its id, so a table keyed on
    /// either matches both; the value at the lookup's own source is tried first.
    /// </summary>
    private static List<string?> Candidates(MappingContext context, string source)
    {
        var value = SourceDocPath.Text(SourceDocPath.Read(context.SourceDoc, source));
        var order = context.Input.Order;
        return source switch
        {
            OptionName => [value, order.ShippingOptionName, order.ShippingOptionId],
            OptionId => [value, order.ShippingOptionId, order.ShippingOptionName],
            _ => [value],
        };
    }
}
