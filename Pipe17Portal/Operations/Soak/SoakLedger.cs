using System.Collections.Concurrent;

namespace Pipe17Portal.Operations.Soak;

/// <summary>What the soak did to the emulators, so the end state can be checked against it.</summary>
public sealed class SoakLedger
{
    /// <summary>Every TikTok order the soak placed.</summary>
    public ConcurrentDictionary<string, bool> Created { get; } = new(StringComparer.Ordinal);

    /// <summary>Orders cancelled on TikTok (only orders already in SFCC, so SFCC must end up cancelling them).</summary>
    public ConcurrentDictionary<string, bool> Cancelled { get; } = new(StringComparer.Ordinal);

    /// <summary>Orders shipped in SFCC, with their tracking number (each number used once).</summary>
    public ConcurrentDictionary<string, string> Shipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Orders the soak has seen in SFCC and decided about (cancel, ship or leave).</summary>
    public HashSet<string> Decided { get; } = new(StringComparer.Ordinal);

    public int StockChanges;
    public int Kills;
}
