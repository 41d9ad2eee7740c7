using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Shipping;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Turns fulfillments into TikTok ship work items on the order's source shop (subject: the order, detail: the
/// fulfillment, key <c>ship:{fulfillment id}</c>), for shops with Push fulfillments on, and wakes their push at once.
/// Also the push's own safety net: on each run it queues fulfillments of its orders that have no item yet.
/// </summary>
public sealed class TikTokFulfillmentQueue(IDbContextFactory<PortalDbContext> dbFactory, ConnectionJobs jobs, FulfillmentPushSignal signal, TimeProvider clock)
    : IFulfillmentListener
{
    public static string Key(Guid fulfillmentId) => $"ship:{fulfillmentId}";

    public async Task FulfillmentsRecordedAsync(Guid workspaceId, IReadOnlyList<Guid> fulfillmentIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shops = await ShopsAsync(db, workspaceId, ct);
        if (shops.Count == 0)
        {
            return;
        }
        var shopIds = shops.Select(s => s.Id).ToList();
        var wanted = await db.Fulfillments.IgnoreQueryFilters().AsNoTracking()
            .Where(f => fulfillmentIds.Contains(f.Id))
            .Join(db.Orders.IgnoreQueryFilters(), f => f.OrderId, o => o.Id, (f, o) => new { f.Id, f.OrderId, o.SourceConnectionId })
            .Where(x => shopIds.Contains(x.SourceConnectionId)).ToListAsync(ct);
        foreach (var shop in wanted.GroupBy(w => w.SourceConnectionId))
        {
            if (await QueueAsync(db, workspaceId, shop.Key, [.. shop.Select(w => (w.OrderId, w.Id))], ct) > 0 && signal.Raise(shop.Key))
            {
                await jobs.TriggerAsync(TikTokFulfillmentPushJob.Flow, shop.Key, ct);
            }
        }
    }

    /// <summary>Queues the shop's fulfillments that were never queued (e.g. recorded while Push fulfillments was off).</summary>
    public async Task<int> QueueMissingAsync(Connection shop, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var missing = await db.Fulfillments.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.WorkspaceId == shop.WorkspaceId && f.ChannelConfirmedAt == null)
            .Join(db.Orders.IgnoreQueryFilters().Where(o => o.SourceConnectionId == shop.Id), f => f.OrderId, o => o.Id, (f, o) => new { f.Id, f.OrderId })
            .Where(x => !db.WorkItems.IgnoreQueryFilters().Any(w => w.ConnectionId == shop.Id && w.Kind == WorkItemKind.TikTokShipPackage && w.DetailId == x.Id))
            .OrderBy(x => x.Id).Take(10_000).ToListAsync(ct);
        return missing.Count == 0 ? 0 : await QueueAsync(db, shop.WorkspaceId, shop.Id, [.. missing.Select(m => (m.OrderId, m.Id))], ct);
    }

    private async Task<int> QueueAsync(PortalDbContext db, Guid workspaceId, Guid shopId, IReadOnlyList<(Guid OrderId, Guid FulfillmentId)> items, CancellationToken ct)
    {
        var keys = items.Select(i => Key(i.FulfillmentId)).ToList();
        var queued = await db.WorkItems.IgnoreQueryFilters().Where(w => w.ConnectionId == shopId && keys.Contains(w.IdempotencyKey))
            .Select(w => w.IdempotencyKey).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var fresh = items.Where(i => !queued.Contains(Key(i.FulfillmentId))).ToList();
        foreach (var (orderId, fulfillmentId) in fresh)
        {
            db.WorkItems.Add(new WorkItem
            {
                WorkspaceId = workspaceId, ConnectionId = shopId, Kind = WorkItemKind.TikTokShipPackage, SubjectId = orderId, DetailId = fulfillmentId,
                IdempotencyKey = Key(fulfillmentId), State = PushState.Pending, NextAttemptAt = now, CreatedAt = now, UpdatedAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Queued meanwhile by the other path (the listener and the push's safety net): theirs stands.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>The workspace's connected TikTok shops with Push fulfillments on.</summary>
    private static async Task<List<Connection>> ShopsAsync(PortalDbContext db, Guid workspaceId, CancellationToken ct)
    {
        var shops = await db.Connections.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Kind == ConnectorKind.TikTokShop && c.Status == ConnectionStatus.Connected).ToListAsync(ct);
        return [.. shops.Where(s => TikTokConnectionSettings.Read(s.SettingsJson).PushFulfillments)];
    }
}
