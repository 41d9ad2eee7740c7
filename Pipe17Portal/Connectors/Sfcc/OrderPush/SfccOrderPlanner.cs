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
/// Planning is incremental: a cursor remembers when the last plan started and with which settings, so a run looks only
/// at orders (and links) changed since, minus an overlap; changed settings, or an hour since the last full look, plan
/// everything again.
/// </summary>
public sealed class SfccOrderPlanner(SyncCursors cursors, TimeProvider clock)
{
    private const int Batch = 1_000;
    public const string CursorFlow = "sfcc-order-push:planned";
    /// <summary>Covers changes whose transaction committed after a plan read the orders (they carry an earlier time).</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan FullPlanEvery = TimeSpan.FromHours(1);

    public static string CreateKey(Guid orderId) => $"create:{orderId}";

    public static string CancelKey(Guid orderId) => $"cancel:{orderId}";

    public async Task<int> PlanAsync(PortalDbContext db, Connection connection, SfccConnectionSettings settings, CancellationToken ct)
    {
        var (workspaceId, connectionId) = (connection.WorkspaceId, connection.Id);
        var started = clock.GetUtcNow();
        var plan = PlanCursor.Read(await cursors.ReadAsync(connectionId, CursorFlow, ct));
        var key = PlanCursor.KeyOf(settings);
        var full = plan is null || plan.Key != key || started - plan.LastFull >= FullPlanEvery;
        DateTimeOffset? since = full ? null : plan!.Started - Overlap;

        var queued = 0;
        var statuses = settings.StatusesToPush.Where(s => s != OrderStatus.Canceled).ToList();
        var channels = settings.SourceConnectionIds.ToList();
        while (true)
        {
            var orders = db.Orders.IgnoreQueryFilters().Where(o => o.WorkspaceId == workspaceId && o.SourceConnectionId != connectionId && statuses.Contains(o.Status));
            if (since is not null)
            {
                orders = orders.Where(o => o.UpdatedAt >= since);
            }
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
                var links = db.ExternalLinks.IgnoreQueryFilters()
                    .Where(l => l.ConnectionId == connectionId && l.EntityType == ExternalLink.OrderEntity && l.ExternalStatus != "cancelled");
                if (since is not null)
                {
                    // A cancellation imported since, or an order linked since (its push finished after it was cancelled).
                    var cancelledSince = db.Orders.IgnoreQueryFilters()
                        .Where(o => o.WorkspaceId == workspaceId && o.UpdatedAt >= since && o.Status == OrderStatus.Canceled).Select(o => o.Id);
                    links = links.Where(l => l.UpdatedAt >= since || cancelledSince.Contains(l.LocalId));
                }
                var ids = await links
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

        await cursors.CommitAsync(connection, CursorFlow, new PlanCursor(key, started, full ? started : plan!.LastFull).Write(), ct);
        return queued;
    }

    /// <summary>When the last plan started, with which settings (what decides which orders are planned), and the last full one.</summary>
    private sealed record PlanCursor(string Key, DateTimeOffset Started, DateTimeOffset LastFull)
    {
        public static string KeyOf(SfccConnectionSettings s) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join(",", s.StatusesToPush.Order()) + "|" + string.Join(",", s.SourceConnectionIds.Order()))))[..16];

        public string Write() => $"{Started.ToUnixTimeMilliseconds()};{LastFull.ToUnixTimeMilliseconds()};{Key}";

        public static PlanCursor? Read(string? value)
        {
            var parts = value?.Split(';', 3);
            return parts is { Length: 3 } && long.TryParse(parts[0], out var started) && long.TryParse(parts[1], out var full)
                ? new PlanCursor(parts[2], DateTimeOffset.FromUnixTimeMilliseconds(started), DateTimeOffset.FromUnixTimeMilliseconds(full))
                : null;
        }
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
