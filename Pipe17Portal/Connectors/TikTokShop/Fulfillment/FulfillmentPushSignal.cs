using System.Collections.Concurrent;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Coalesces "new fulfillments to send" into at most one pending push per TikTok connection: a pull that records a
/// thousand shipments triggers the job once, and a running push drains again before it stops.
/// </summary>
public sealed class FulfillmentPushSignal
{
    private readonly ConcurrentDictionary<Guid, byte> pending = new();

    /// <summary>True when the signal was not already raised, i.e. the caller should trigger the job.</summary>
    public bool Raise(Guid connectionId) => pending.TryAdd(connectionId, 0);

    /// <summary>True when fulfillments were queued since the last take.</summary>
    public bool Take(Guid connectionId) => pending.TryRemove(connectionId, out _);
}
