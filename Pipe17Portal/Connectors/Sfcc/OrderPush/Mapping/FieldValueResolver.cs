using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Produces the value of one single-valued field (the email, an address part, a custom attribute) by its mapping kind.
/// Such fields hold a string, a number or nothing; anything else is the field's problem, never silently dropped.
/// </summary>
internal static class FieldValueResolver
{
    /// <returns>False when the field could not be produced; its problem is then recorded in the context.</returns>
    public static bool TryResolve(MappingContext context, FieldMapping mapping, out JsonNode? value)
    {
        value = null;
        switch (mapping.Kind)
        {
            case FieldMappingKind.Constant:
                value = mapping.Constant is null ? null : JsonValue.Create(mapping.Constant);
                return true;
            case FieldMappingKind.Lookup:
                var source = mapping.LookupSource?.Trim() ?? "";
                var text = SourceDocPath.Text(SourceDocPath.Read(context.SourceDoc, source));
                if (LookupTable.Match(mapping.Lookup, [text]) is not { } to)
                {
                    context.Problems.Add(MappingProblems.LookupMiss(context.ConnectionId, mapping.Target, source, text));
                    return false;
                }
                value = JsonValue.Create(to);
                return true;
            case FieldMappingKind.Script:
                var result = context.RunScript(mapping.Target, mapping.Script);
                if (!result.Succeeded)
                {
                    return false;
                }
                // Objects, arrays and booleans have no place in these fields; SFCC would refuse them or store nonsense.
                if (result.Value is not null && (result.Value is not JsonValue scalar || scalar.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number)))
                {
                    context.Problems.Add(MappingProblems.WrongShape(context.ConnectionId, mapping.Target, result.Value, "it must be a string, a number or null."));
                    return false;
                }
                value = result.Value;
                return true;
            default:
                value = OrderMappingFields.DefaultSources.TryGetValue(mapping.Target, out var path)
                    ? SourceDocPath.Read(context.SourceDoc, path)?.DeepClone()
                    : null;
                return true;
        }
    }
}
