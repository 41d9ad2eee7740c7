namespace Pipe17Portal.Domain.Orders;

/// <summary>Reacts when a channel's import created or changed orders (e.g. the SFCC push runs at once).</summary>
public interface IOrderChangeListener
{
    Task OrdersChangedAsync(Guid workspaceId, CancellationToken ct);
}

/// <summary>
/// Tells every listener that a workspace's orders changed. Importers call it after saving, so downstream flows start
/// within moments instead of at their next scheduled run; a listener's failure never fails the import.
/// </summary>
public sealed class OrderChanges(IEnumerable<IOrderChangeListener> listeners, ILogger<OrderChanges> logger)
{
    public async Task NotifyAsync(Guid workspaceId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OrdersChangedAsync(workspaceId, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Listener} could not react to order changes in workspace {WorkspaceId}.", listener.GetType().Name, workspaceId);
            }
        }
    }
}
