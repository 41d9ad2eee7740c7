using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Queues the writes the connection's sync settings call for (setup guide Step 8), as durable work items: a create for
/// each order whose status is to be pushed and whose channel passes the filter, a cancellation for each pushed order that
/// was cancelled since — and none twice, because the idempotency key is unique per connection.
/// </summary>
public sealed class SfccOrderPlanner(TimeProvider clock)
{
    private const int Batch = 1_000;

    public static string CreateKey(Guid orderId) => $"create:{orderId}";

    public static string CancelKey(Guid orderId) => $"cancel:{orderId}";

    public async Task<int> PlanAsync(PortalDbContext db, Guid workspaceId, Guid connectionId, SfccConnectionSettings settings, CancellationToken ct)
    {
        var queued = 0;
        var statuses = settings.StatusesToPush.Where(s => s != OrderStatus.Canceled).ToList();
        var channels = settings.SourceConnectionIds.ToList();
        while (true)
        {
            var orders = db.Orders.IgnoreQueryFilters().Where(o => o.WorkspaceId == workspaceId && o.SourceConnectionId != connectionId && statuses.Contains(o.Status));
            if (channels.Count > 0)
            {
                orders = orders.Where(o => channels.Contains(o.SourceConnectionId));
            }
            var ids = await orders
                .Where(o => !db.WorkItems.Any(w => w.ConnectionId == connectionId && w.SubjectId == o.Id && w.Kind == WorkItemKind.SfccCreateOrder))
                .Where(o => !db.ExternalLinks.Any(l => l.ConnectionId == connectionId && l.EntityType == ExternalLink.OrderEntity && l.LocalId == o.Id))
                .OrderBy(o => o.PlacedAt).Select(o => o.Id).Take(Batch).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }
            var added = await QueueAsync(db, workspaceId, connectionId, WorkItemKind.SfccCreateOrder, ids, ct);
            if (added == 0)
            {
                break; // lost a race; the next run sees what the other writer queued
            }
            queued += added;
        }

        if (settings.StatusesToPush.Contains(OrderStatus.Canceled))
        {
            while (true)
            {
                var ids = await db.ExternalLinks.IgnoreQueryFilters()
                    .Where(l => l.ConnectionId == connectionId && l.EntityType == ExternalLink.OrderEntity && l.ExternalStatus != "cancelled")
                    .Where(l => db.Orders.Any(o => o.Id == l.LocalId && o.Status == OrderStatus.Canceled))
                    .Where(l => !db.WorkItems.Any(w => w.ConnectionId == connectionId && w.SubjectId == l.LocalId && w.Kind == WorkItemKind.SfccCancelOrder))
                    .OrderBy(l => l.LinkedAt).Select(l => l.LocalId).Take(Batch).ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }
                var added = await QueueAsync(db, workspaceId, connectionId, WorkItemKind.SfccCancelOrder, ids, ct);
                if (added == 0)
                {
                    break;
                }
                queued += added;
            }
        }

        // An order cancelled while its create waits for a retry is not pushed — unless an attempt may already have
        // reached SFCC (a checkpoint): then the pusher looks it up, and a found order gets cancelled like any other.
        var now = clock.GetUtcNow();
        await db.WorkItems.IgnoreQueryFilters()
            .Where(w => w.ConnectionId == connectionId && w.Kind == WorkItemKind.SfccCreateOrder && w.State == PushState.Blocked)
            .Where(w => db.Orders.Any(o => o.Id == w.SubjectId && o.Status == OrderStatus.Canceled))
            .ExecuteUpdateAsync(u => u
                .SetProperty(w => w.State, PushState.Pending)
                .SetProperty(w => w.NextAttemptAt, now)
                .SetProperty(w => w.UpdatedAt, now)
                .SetProperty(w => w.Version, w => w.Version + 1), ct);
        return queued;
    }

    /// <summary>Queues a write for each order now, whatever the settings (Test one order, Retry).</summary>
    public async Task<WorkItem> QueueOneAsync(PortalDbContext db, Guid workspaceId, Guid connectionId, WorkItemKind kind, Guid orderId, CancellationToken ct)
    {
        var key = kind == WorkItemKind.SfccCreateOrder ? CreateKey(orderId) : CancelKey(orderId);
        var existing = await db.WorkItems.IgnoreQueryFilters().SingleOrDefaultAsync(w => w.ConnectionId == connectionId && w.IdempotencyKey == key, ct);
        if (existing is not null)
        {
            return existing;
        }
        await QueueAsync(db, workspaceId, connectionId, kind, [orderId], ct);
        return await db.WorkItems.IgnoreQueryFilters().SingleAsync(w => w.ConnectionId == connectionId && w.IdempotencyKey == key, ct);
    }

    private async Task<int> QueueAsync(PortalDbContext db, Guid workspaceId, Guid connectionId, WorkItemKind kind, IReadOnlyList<Guid> orderIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var id in orderIds)
        {
            db.WorkItems.Add(new WorkItem
            {
                WorkspaceId = workspaceId,
                ConnectionId = connectionId,
                Kind = kind,
                SubjectId = id,
                IdempotencyKey = kind == WorkItemKind.SfccCreateOrder ? CreateKey(id) : CancelKey(id),
                State = PushState.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return orderIds.Count;
        }
        catch (DbUpdateException)
        {
            // Queued meanwhile by Test one order or a Retry (the unique key refused ours): theirs stands.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
