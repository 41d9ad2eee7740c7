using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Test one order's check that every custom attribute the mapping puts on the order (c_tiktokOrderId by default) is
/// defined on the site's Order system object type: SFCC refuses the whole basket for one it does not know. Read from
/// OCAPI Data's attribute definitions, so a dry run finds it without writing to SFCC.
/// </summary>
public static class CustomAttributeCheck
{
    public const string Name = "Custom attributes defined in SFCC";
    public const string Where = "Business Manager → Administration → Site Development → System Object Types → Order → Attribute Definitions";
    private const int MaxPages = 10;

    public static async Task<TestOrderCheck> RunAsync(SfccClient client, Guid connectionId, JsonObject? document, CancellationToken ct)
    {
        var sent = document?.Select(p => p.Key).Where(k => k.StartsWith("c_", StringComparison.Ordinal)).ToList() ?? [];
        if (sent.Count == 0)
        {
            return new(Name, CheckOutcome.Pass, "The mapping puts no custom attribute on the order.", null, null);
        }
        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < MaxPages; page++)
        {
            var read = await client.Data.GetAttributeDefinitionsAsync("Order", page * SfccDataClient.MaxCount, ct: ct);
            if (!read.IsSuccess)
            {
                return new(Name, CheckOutcome.Warn,
                    $"Could not read the Order type's attribute definitions to check {string.Join(", ", sent)}: {read.Error.Message}",
                    read.Error.Explanation, OrderProblems.ConnectionLink(connectionId));
            }
            defined.UnionWith(read.Data.Data.Where(d => !d.System).Select(d => d.Id));
            if (read.Data.Start + read.Data.Count >= read.Data.Total || read.Data.Count == 0)
            {
                break;
            }
        }
        var missing = sent.Where(c => !defined.Contains(c[2..])).ToList();
        return missing.Count == 0
            ? new(Name, CheckOutcome.Pass, $"{string.Join(", ", sent)} {(sent.Count == 1 ? "is" : "are")} defined on the Order type.", null, null)
            : new(Name, CheckOutcome.Fail,
                $"The mapping sends {string.Join(", ", missing)}, but the site's Order type defines no custom attribute {string.Join(", ", missing.Select(m => $"'{m[2..]}'"))}: SFCC would refuse the order (UnknownPropertyException).",
                Fix(missing), OrderProblems.MappingLink(connectionId, missing[0]));
    }

    public static string Fix(IReadOnlyList<string> missing) =>
        $"In {Where}, create {string.Join(", ", missing.Select(m => $"'{m[2..]}'"))} (type String), or remove {string.Join(", ", missing)} from Orders to Salesforce mapping; then test again.";
}
