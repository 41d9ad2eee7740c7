namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The hard limits a merchant's mapping script runs under. Scripts run inside the portal's process on every order, so
/// each limit turns a runaway script (endless loop, memory bomb, endless recursion) into a failed mapping instead of a
/// stalled job or a dead process.
/// </summary>
public sealed record MappingScriptLimits
{
    public static MappingScriptLimits Default { get; } = new();

    /// <summary>Longest script source accepted, in characters.</summary>
    public int MaxLength { get; init; } = 20_000;
    /// <summary>Longest one script may run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Longest all the scripts of one order may run together (see <see cref="MappingScriptBudget"/>).</summary>
    public TimeSpan OrderBudget { get; init; } = TimeSpan.FromMilliseconds(500);
    public int MaxStatements { get; init; } = 100_000;
    /// <summary>Bytes the script may allocate in all (Jint counts allocations, not what is still alive).</summary>
    public long MaxMemoryBytes { get; init; } = 8 * 1024 * 1024;
    /// <summary>How deep script functions may call each other.</summary>
    public int MaxRecursion { get; init; } = 64;
    /// <summary>Longest string one built-in call (repeat, padEnd, concat, replace, join) may produce, in characters.</summary>
    public int MaxStringLength { get; init; } = 1_000_000;
    /// <summary>How deeply nested a value JSON.stringify (and so the script's result) may be.</summary>
    public int MaxJsonDepth { get; init; } = 32;
    /// <summary>Longest array the script may create.</summary>
    public uint MaxArrayLength { get; init; } = 100_000;
    /// <summary>Longest JSON the script's result may turn into, in characters.</summary>
    public int MaxResultLength { get; init; } = 100_000;
}
