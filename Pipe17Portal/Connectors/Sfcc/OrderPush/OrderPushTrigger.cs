using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Starts the push of every connected Salesforce connection of the workspace with Push orders on, as soon as orders change.</summary>
public sealed class OrderPushTrigger(IDbContextFactory<PortalDbContext> dbFactory, ConnectionJobs jobs, OrderPushSignal signal) : IOrderChangeListener
{
    public async Task OrdersChangedAsync(Guid workspaceId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connections = await db.Connections.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Kind == ConnectorKind.SalesforceCommerceCloud && c.Status == ConnectionStatus.Connected)
            .Select(c => new { c.Id, c.SettingsJson }).ToListAsync(ct);
        foreach (var connection in connections.Where(c => SfccConnectionSettings.Read(c.SettingsJson).PushOrders && signal.Raise(c.Id)))
        {
            await jobs.TriggerAsync(SfccOrderPushJob.Flow, connection.Id, ct);
        }
    }
}
