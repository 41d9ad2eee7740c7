using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Features.Orders;

/// <summary>Open exceptions grouped by cause, an order's state in each Salesforce connection, and retries.</summary>
public sealed class OrderExceptionsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    WorkItemClaims claims,
    WorkItemRunner runner,
    AuditTrail audit,
    IOptions<OrderExceptionsOptions> options,
    TimeProvider clock) : IOrderExceptionsApi
{
    /// <summary>Last "Retry all" per workspace and cause, to throttle repeated clicks.</summary>
    private static readonly ConcurrentDictionary<(Guid, OrderExceptionType), DateTimeOffset> LastRetryAll = new();

    public async Task<IReadOnlyList<ExceptionGroup>> GroupsAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await db.OrderExceptions.AsNoTracking()
            .Where(e => e.ResolvedAt == null)
            .Select(e => new { e.Type, e.OrderId, e.LastSeenAt, e.Cause, e.Fix, e.FixLink })
            .ToListAsync(ct);
        return [.. open
            .GroupBy(e => e.Type)
            .Select(g => (Type: g.Key, Orders: g.Select(e => e.OrderId).Distinct().Count(), Latest: g.MaxBy(e => e.LastSeenAt)!))
            .OrderByDescending(g => g.Orders)
            .Select(g => new ExceptionGroup(g.Type, ExceptionTitles.Title(g.Type), g.Latest.Cause, g.Latest.Fix, g.Latest.FixLink, g.Orders, g.Latest.LastSeenAt))];
    }

    public async Task<IReadOnlyList<OrderImportFailureInfo>> ImportFailuresAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.OrderImportFailures.AsNoTracking().Where(f => f.ResolvedAt == null).ToListAsync(ct);
        var connectionIds = rows.Select(r => r.ConnectionId).Distinct().ToList();
        var names = await db.Connections.AsNoTracking().Where(c => connectionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        return [.. rows.OrderByDescending(r => r.LastSeenAt).Select(r => new OrderImportFailureInfo(r.Id, r.ConnectionId,
            names.GetValueOrDefault(r.ConnectionId, "Removed connection"), r.SourceOrderId, r.Reason, r.RawJson, r.Attempts, r.FirstSeenAt, r.LastSeenAt))];
    }

    public async Task<IReadOnlyList<OrderExceptionInfo>> ForOrderAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireOrderAsync(db, id, ct);
        var rows = await db.OrderExceptions.AsNoTracking().Where(e => e.OrderId == id).ToListAsync(ct);
        return [.. rows
            .OrderBy(e => e.ResolvedAt is not null).ThenByDescending(e => e.LastSeenAt)
            .Select(e => new OrderExceptionInfo(e.Id, e.ConnectionId, e.Type, e.Message, e.Cause, e.Fix, e.FixLink, e.ExternalFaultType, e.ExternalMessage, e.OpenedAt, e.ResolvedAt))];
    }

    public async Task<IReadOnlyList<OrderPushInfo>> PushesAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireOrderAsync(db, id, ct);
        // The order's pushes to Salesforce; its fulfillments to the channel are shown with the fulfillments.
        var items = await db.WorkItems.AsNoTracking()
            .Where(w => w.SubjectId == id && (w.Kind == WorkItemKind.SfccCreateOrder || w.Kind == WorkItemKind.SfccCancelOrder)).ToListAsync(ct);
        var links = await db.ExternalLinks.AsNoTracking().Where(l => l.LocalId == id && l.EntityType == ExternalLink.OrderEntity).ToListAsync(ct);
        var connectionIds = items.Select(i => i.ConnectionId).Concat(links.Select(l => l.ConnectionId)).Distinct().ToList();
        var names = await db.Connections.AsNoTracking().Where(c => connectionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        return [.. connectionIds.Where(names.ContainsKey).Select(connectionId =>
        {
            var link = links.FirstOrDefault(l => l.ConnectionId == connectionId);
            // The item that speaks for the order now: an unfinished one first (a cancellation after the create), else the latest.
            var item = items.Where(i => i.ConnectionId == connectionId).OrderBy(i => i.State == PushState.Done).ThenByDescending(i => i.UpdatedAt).FirstOrDefault();
            var state = item?.State ?? PushState.Done;
            return new OrderPushInfo(connectionId, names[connectionId], link?.ExternalId, link?.ExternalStatus, link?.LinkedAt, state,
                item?.Attempts ?? 0, state == PushState.Pending ? item?.NextAttemptAt : null, state == PushState.Done ? null : item?.LastError);
        })];
    }

    /// <summary>Runs the order's unfinished pushes now and says how it went; a success clears the exceptions.</summary>
    public async Task<RetryResult> RetryOrderAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.User, "Retrying an order");
        List<Guid> items;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var order = await RequireOrderAsync(db, id, ct);
            items = await db.WorkItems.Where(w => w.SubjectId == id && w.State != PushState.Done).Select(w => w.Id).ToListAsync(ct);
            if (items.Count == 0)
            {
                throw ApiProblemException.Conflict("Nothing to retry: this order has no failed or waiting push. Use Test one order to push it now.");
            }
            // Through the claim like every other entry point: an item being pushed right now is left to that run.
            await claims.RequeueAsync(db.WorkItems.Where(w => items.Contains(w.Id)), ct);
            audit.Record(db, me, "Order retried", null, "Order", order.SourceOrderId);
            await db.SaveChangesAsync(ct);
        }
        var outcomes = new List<WorkOutcome>();
        foreach (var item in items)
        {
            outcomes.Add(await runner.RunNowAsync(item, ct));
        }
        return outcomes.All(o => o == WorkOutcome.Done)
            ? new RetryResult(items.Count, "Done: the order's pushes went through and its exceptions are resolved.")
            : outcomes.Any(o => o == WorkOutcome.Blocked)
                ? new RetryResult(items.Count, "Still failing: see the order's exceptions for the cause and the fix.")
                : outcomes.Any(o => o == WorkOutcome.Busy)
                    ? new RetryResult(items.Count, "Already being pushed: another run is working on this order right now. Its outcome appears on the order in a moment.")
                    : new RetryResult(items.Count, "The other system did not answer in time; the push will try again shortly.");
    }

    /// <summary>Queues every order with an open exception of the cause; each flow's job drains them at its usual pace.</summary>
    public async Task<RetryResult> RetryAllAsync(OrderExceptionType type, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.User, "Retrying orders");
        var now = clock.GetUtcNow();
        var key = (me.WorkspaceId, type);
        var cooldown = TimeSpan.FromSeconds(options.Value.RetryAllCooldownSeconds);
        if (LastRetryAll.TryGetValue(key, out var last) && now - last < cooldown)
        {
            throw ApiProblemException.Conflict($"Retry all for \"{ExceptionTitles.Title(type)}\" was started {(now - last).TotalSeconds:0} s ago; wait {Math.Ceiling((cooldown - (now - last)).TotalSeconds):0} s before starting it again.");
        }
        LastRetryAll[key] = now;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = db.OrderExceptions.Where(e => e.ResolvedAt == null && e.Type == type);
        var stopped = db.WorkItems.Where(w => w.State != PushState.Done && open.Any(e => e.OrderId == w.SubjectId && e.ConnectionId == w.ConnectionId));
        var targets = await stopped.Select(w => new { w.ConnectionId, w.Kind }).Distinct().ToListAsync(ct);
        var queued = await claims.RequeueAsync(stopped, ct);
        audit.Record(db, me, "Orders retried", null, "Cause", $"{ExceptionTitles.Title(type)} ({queued} order(s))");
        await db.SaveChangesAsync(ct);

        var flowOff = 0;
        foreach (var connection in targets.GroupBy(t => t.ConnectionId))
        {
            if (!await runner.WakeAsync(connection.Key, [.. connection.Select(t => t.Kind)], ct))
            {
                flowOff++;
            }
        }
        var message = queued == 0
            ? "Nothing to retry for this cause."
            : $"{queued} order(s) queued; they are pushed a few at a time and their exceptions clear as each succeeds."
              + (flowOff > 0 ? " Push orders to Salesforce is off (or the connection is not connected): they wait until it is on, or use Retry on each order." : "");
        return new RetryResult(queued, message);
    }

    private static async Task<Domain.Orders.Order> RequireOrderAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw ApiProblemException.NotFound("The order");
}
