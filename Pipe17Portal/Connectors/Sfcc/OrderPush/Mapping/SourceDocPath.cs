using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>Reads one value of <c>sourcedoc</c> by the path the editor shows, e.g. <c>shipping.optionName</c> or <c>payments[0].amount</c>.</summary>
internal static partial class SourceDocPath
{
    public static JsonNode? Read(JsonObject doc, string path)
    {
        JsonNode? node = doc;
        foreach (var segment in path.Trim().Split('.'))
        {
            var match = Segment().Match(segment);
            if (!match.Success || node is not JsonObject obj)
            {
                return null;
            }
            node = obj[match.Groups[1].Value];
            foreach (Capture index in match.Groups[2].Captures)
            {
                var i = int.Parse(index.Value, CultureInfo.InvariantCulture);
                node = node is JsonArray array && i < array.Count ? array[i] : null;
            }
        }
        return node;
    }

    /// <summary>A scalar as the text a lookup compares or an address field holds; null for null, objects and arrays.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    } : null;

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d{1,6})\])*$")]
    private static partial Regex Segment();
}
