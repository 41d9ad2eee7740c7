using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// What a mapping script gave: its completion value as JSON (<c>undefined</c> and <c>null</c> are both null), or why it
/// gave nothing. Running a script never throws; every failure is one of these.
/// </summary>
public sealed record MappingScriptResult(JsonNode? Value, MappingScriptFailure? Failure)
{
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static MappingScriptResult Ok(JsonNode? value) => new(value, null);

    public static MappingScriptResult Failed(MappingScriptFailure failure) => new(null, failure);
}
