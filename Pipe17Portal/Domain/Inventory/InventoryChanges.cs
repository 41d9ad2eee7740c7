namespace Pipe17Portal.Domain.Inventory;

/// <summary>Reacts when a source's inventory levels changed (e.g. a channel's inventory push runs at once).</summary>
public interface IInventoryChangeListener
{
    /// <param name="full">A full read (first run or a forced resync): every SKU's quantity should be computed again.</param>
    Task InventoryChangedAsync(Guid workspaceId, bool full, CancellationToken ct);
}

/// <summary>
/// Tells every listener that a workspace's inventory levels changed. The inventory pull calls it after saving, so the
/// channels get the new quantities within seconds; a listener's failure never fails the pull.
/// </summary>
public sealed class InventoryChanges(IEnumerable<IInventoryChangeListener> listeners, ILogger<InventoryChanges> logger)
{
    public async Task NotifyAsync(Guid workspaceId, bool full, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.InventoryChangedAsync(workspaceId, full, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Listener} could not react to inventory changes in workspace {WorkspaceId}.", listener.GetType().Name, workspaceId);
            }
        }
    }
}
