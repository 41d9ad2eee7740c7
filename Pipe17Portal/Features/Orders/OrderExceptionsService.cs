using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Orders;

/// <summary>Open exceptions grouped by cause, an order's state in each Salesforce connection, and retries.</summary>
public sealed class OrderExceptionsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    SfccOrderPushRunner runner,
    ConnectionJobs jobs,
    AuditTrail audit,
    IOptions<OrderPushOptions> options,
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

    public async Task<IReadOnlyList<OrderExceptionInfo>> ForOrderAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireOrderAsync(db, id, ct);
        var rows = await db.OrderExceptions.AsNoTracking().Where(e => e.OrderId == id).ToListAsync(ct);
        return [.. rows
            .OrderBy(e => e.ResolvedAt is not null).ThenByDescending(e => e.LastSeenAt)
            .Select(e => new OrderExceptionInfo(e.Id, e.ConnectionId, e.Type, e.Message, e.Cause, e.Fix, e.FixLink, e.SfccFaultType, e.SfccMessage, e.OpenedAt, e.ResolvedAt))];
    }

    public async Task<IReadOnlyList<OrderPushInfo>> PushesAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireOrderAsync(db, id, ct);
        var items = await db.WorkItems.AsNoTracking().Where(w => w.SubjectId == id).ToListAsync(ct);
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
        List<WorkItem> items;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var order = await RequireOrderAsync(db, id, ct);
            items = await db.WorkItems.Where(w => w.SubjectId == id && w.State != PushState.Done).ToListAsync(ct);
            if (items.Count == 0)
            {
                throw ApiProblemException.Conflict("Nothing to retry: this order has no failed or waiting push. Use Test one order to push it now.");
            }
            Requeue(items);
            audit.Record(db, me, "Order retried", null, "Order", order.SourceOrderId);
            await db.SaveChangesAsync(ct);
        }
        var outcomes = new List<WorkOutcome>();
        foreach (var item in items)
        {
            outcomes.Add(await runner.ProcessNowAsync(item.ConnectionId, item.Id, ct));
        }
        return outcomes.All(o => o == WorkOutcome.Done)
            ? new RetryResult(items.Count, "Done: the order is in Salesforce and its exceptions are resolved.")
            : outcomes.Any(o => o == WorkOutcome.Blocked)
                ? new RetryResult(items.Count, "Still failing: see the order's exceptions for the cause and the fix.")
                : new RetryResult(items.Count, "Salesforce did not answer in time; the push will try again shortly.");
    }

    /// <summary>Queues every order with an open exception of the cause; the push job drains them at its usual pace.</summary>
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
        var items = await db.WorkItems
            .Where(w => w.State != PushState.Done && open.Any(e => e.OrderId == w.SubjectId && e.ConnectionId == w.ConnectionId))
            .ToListAsync(ct);
        Requeue(items);
        audit.Record(db, me, "Orders retried", null, "Cause", $"{ExceptionTitles.Title(type)} ({items.Count} order(s))");
        await db.SaveChangesAsync(ct);

        var connections = items.Select(i => i.ConnectionId).Distinct().ToList();
        var pushOff = 0;
        foreach (var connection in await db.Connections.Where(c => connections.Contains(c.Id)).ToListAsync(ct))
        {
            if (SfccConnectionSettings.Read(connection.SettingsJson).PushOrders && connection.Status == ConnectionStatus.Connected)
            {
                await jobs.TriggerAsync(SfccOrderPushJob.Flow, connection.Id, ct);
            }
            else
            {
                pushOff++;
            }
        }
        var message = items.Count == 0
            ? "Nothing to retry for this cause."
            : $"{items.Count} order(s) queued; they are pushed a few at a time and their exceptions clear as each succeeds."
              + (pushOff > 0 ? " Push orders to Salesforce is off (or the connection is not connected): they wait until it is on, or use Retry on each order." : "");
        return new RetryResult(items.Count, message);
    }

    private void Requeue(IEnumerable<WorkItem> items)
    {
        var now = clock.GetUtcNow();
        foreach (var item in items)
        {
            item.State = PushState.Pending;
            item.NextAttemptAt = now;
            item.UpdatedAt = now;
            // A fresh retry budget; the marker makes the next attempt look the order up first, in case an earlier one created it.
            item.Attempts = 0;
            item.Checkpoint ??= "retry";
        }
    }

    private static async Task<Domain.Orders.Order> RequireOrderAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw ApiProblemException.NotFound("The order");
}
