using System.Collections.Concurrent;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Coalesces "orders changed" into at most one pending push per connection: an import of 10,000 orders in batches
/// raises it hundreds of times, but the job is triggered once and a running push re-plans before it stops.
/// </summary>
public sealed class OrderPushSignal
{
    private readonly ConcurrentDictionary<Guid, byte> pending = new();
    /// <summary>True when the signal was not already raised, i.e. the caller should trigger the job.</summary>
    public bool Raise(Guid connectionId) => pending.TryAdd(connectionId, 0);

    /// <summary>True when orders changed since the last take.</summary>
    public bool Take(Guid connectionId) => pending.TryRemove(connectionId, out _);
}
