using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>One order being mapped: its input, the mapping of each field, and the problems found so far.</summary>
internal sealed class MappingContext(SfccMappingInput input)
{
    private readonly Dictionary<string, FieldMapping> given = input.Mappings
        .Where(m => m is not null && !string.IsNullOrWhiteSpace(m.Target))
        .GroupBy(m => m.Target, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    private readonly MappingScriptBudget budget = input.Budget ?? MappingScriptBudget.ForOneOrder(MappingScriptLimits.Default);

    public SfccMappingInput Input => input;
    public JsonObject SourceDoc => input.SourceDoc;
    public Guid ConnectionId => input.ConnectionId;
    public List<OrderProblemInfo> Problems { get; } = [];

    /// <summary>The mapping used for a catalog field: the given one when the field allows it, its default otherwise.</summary>
    public FieldMapping Mapping(string target) =>
        OrderMappingFields.Effective(target, given.GetValueOrDefault(target)) ?? new FieldMapping(target, FieldMappingKind.Default);

    /// <summary>The merchant's own <c>c_</c> attributes (the catalog's c_tiktokOrderId is not one of them).</summary>
    public IEnumerable<FieldMapping> CustomAttributes => given.Values.Where(m =>
        OrderMappingFields.Find(m.Target) is null && MappingTargets.IsCustomAttributeName(m.Target) && OrderMappingFields.CustomAttributeKinds.Contains(m.Kind));

    /// <summary>
    /// Runs a field's script within the order's script budget; a failure is recorded as the field's problem before it is
    /// returned.
    /// </summary>
    public MappingScriptResult RunScript(string target, string? script)
    {
        var result = budget.Run(script ?? "", SourceDoc, MappingScriptLimits.Default);
        if (!result.Succeeded)
        {
            Problems.Add(MappingProblems.ScriptFailed(ConnectionId, target, result.Failure));
        }
        return result;
    }
}
