namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// A mapping script that produced no value. <see cref="Message"/> is written for the merchant: it quotes the engine's
/// error and says where in the script it happened (<see cref="Line"/> and <see cref="Column"/>, 1-based, when known).
/// </summary>
public sealed record MappingScriptFailure(MappingScriptFailureKind Kind, string Message, int? Line = null, int? Column = null);
