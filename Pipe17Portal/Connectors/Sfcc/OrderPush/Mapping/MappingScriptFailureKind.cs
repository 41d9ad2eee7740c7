namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>Why a mapping script produced no value; each kind has its own plain explanation for the merchant.</summary>
public enum MappingScriptFailureKind
{
    /// <summary>The script is longer than the limit; it is not run.</summary>
    TooLong = 0,
    /// <summary>The script is empty, not valid JavaScript (strict mode), or uses something refused before it runs (BigInt).</summary>
    Syntax = 1,
    /// <summary>The script threw: a TypeError, a ReferenceError (e.g. <c>System</c>, <c>require</c>), its own throw…</summary>
    Runtime = 2,
    Timeout = 3,
    StatementLimit = 4,
    MemoryLimit = 5,
    RecursionLimit = 6,
    /// <summary>The script finished, but its value could not be turned into JSON (cyclic, BigInt, too large).</summary>
    UnusableResult = 7,
}
