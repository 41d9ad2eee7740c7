using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>Starts the inventory push of every connected TikTok shop of the workspace with Push inventory on, as soon as levels change.</summary>
public sealed class InventoryPushTrigger(IDbContextFactory<PortalDbContext> dbFactory, ConnectionJobs jobs, InventoryPushSignal signal) : IInventoryChangeListener
{
    public async Task InventoryChangedAsync(Guid workspaceId, bool full, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connections = await db.Connections.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Kind == ConnectorKind.TikTokShop && c.Status == ConnectionStatus.Connected)
            .Select(c => new { c.Id, c.SettingsJson }).ToListAsync(ct);
        foreach (var connection in connections.Where(c => TikTokConnectionSettings.Read(c.SettingsJson).PushInventory))
        {
            signal.Raise(connection.Id, full);
            await jobs.TriggerAsync(TikTokInventoryPushJob.Flow, connection.Id, ct);
        }
    }
}
