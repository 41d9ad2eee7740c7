using System.Collections.Concurrent;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>
/// Which TikTok connections have inventory changes waiting for their push, and whether a full recompute was asked for
/// (a full read in SFCC, new rules). Raised by the trigger, taken by the push before it plans, so changes that arrive
/// while a run works are planned by that same run.
/// </summary>
public sealed class InventoryPushSignal
{
    private readonly ConcurrentDictionary<Guid, bool> raised = new();

    /// <returns>True when this raised it (no run was asked for yet).</returns>
    public bool Raise(Guid connectionId, bool full)
    {
        var added = true;
        raised.AddOrUpdate(connectionId, full, (_, before) =>
        {
            added = false;
            return before || full;
        });
        return added;
    }

    /// <returns>Whether anything was raised; <paramref name="full"/> tells whether a full recompute was asked for.</returns>
    public bool Take(Guid connectionId, out bool full) => raised.TryRemove(connectionId, out full);
}
