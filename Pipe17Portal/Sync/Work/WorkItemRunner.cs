using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Sync.Work;

/// <summary>
/// The one runner of every flow's writes (DESIGN §5): drains a connection's due work items in claimed batches, a handler
/// per item kind, a few at a time; re-reads the connection before every batch, so a switched-off flow stops and changed
/// settings apply from the next batch. Backoff, the attempt limit and the "Push failed" exception live here, so a blocked
/// item always has a visible cause. Manual entry points (Retry, Test one order) run one item through the same claim.
/// </summary>
public sealed class WorkItemRunner(
    IDbContextFactory<PortalDbContext> dbFactory,
    IServiceScopeFactory scopes,
    WorkItemClaims claims,
    OrderExceptionBook exceptions,
    ConnectionJobs jobs,
    IOptions<WorkItemOptions> options,
    TimeProvider clock,
    ILogger<WorkItemRunner> logger)
{
    /// <summary>
    /// Drains the connection's due items of every enabled kind (or only of <paramref name="kinds"/>, when a connection has
    /// several flows that write) until none is due; counts into <paramref name="counts"/>.
    /// </summary>
    public async Task DrainAsync(Guid connectionId, SyncRunCounts counts, CancellationToken ct, IReadOnlyCollection<WorkItemKind>? kinds = null)
    {
        var seen = new HashSet<Guid>();
        while (!ct.IsCancellationRequested)
        {
            var connection = await ConnectionAsync(connectionId, ct);
            if (connection is not { Status: ConnectionStatus.Connected })
            {
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var handlers = Handlers(scope.ServiceProvider).Where(h => (kinds is null || kinds.Contains(h.Kind)) && h.IsEnabled(connection)).ToList();
            if (handlers.Count == 0)
            {
                return; // the flow was switched off: nothing more is sent
            }
            var owner = WorkItemClaims.NewOwner();
            var batch = await claims.ClaimDueAsync(connectionId, [.. handlers.Select(h => h.Kind)], options.Value.BatchSize, owner, ct);
            if (batch.Count == 0)
            {
                await WakeForNextRetryAsync(connectionId, handlers, ct);
                return;
            }
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, handlers.Min(h => h.MaxConcurrency)), CancellationToken = ct };
            var stopped = false;
            await Parallel.ForEachAsync(batch, parallel, async (itemId, token) =>
            {
                var outcome = await RunClaimedAsync(itemId, owner, manual: false, handlers, token);
                if (outcome == WorkOutcome.Stopped)
                {
                    stopped = true;
                    return;
                }
                lock (counts)
                {
                    if (seen.Add(itemId))
                    {
                        counts.Processed++;
                    }
                    counts.Succeeded += outcome == WorkOutcome.Done ? 1 : 0;
                    counts.Failed += outcome == WorkOutcome.Blocked ? 1 : 0;
                }
            });
            counts.Expected = Math.Max(counts.Expected ?? 0, seen.Count);
            await counts.CheckpointAsync(ct);
            if (stopped)
            {
                return; // switched off or disconnected meanwhile: the rest waits, untouched
            }
        }
    }

    /// <summary>
    /// Runs one item now, whatever its flow's switch (Retry, Test one order). When another worker holds it, waits for that
    /// worker's outcome (up to <c>Sync:WorkItems:BusyWaitSeconds</c>) instead of running it a second time.
    /// </summary>
    public async Task<WorkOutcome> RunNowAsync(Guid itemId, CancellationToken ct)
    {
        var owner = WorkItemClaims.NewOwner();
        if (!await claims.ClaimOneAsync(itemId, owner, ct))
        {
            return await AwaitOtherWorkerAsync(itemId, ct);
        }
        await using var scope = scopes.CreateAsyncScope();
        return await RunClaimedAsync(itemId, owner, manual: true, Handlers(scope.ServiceProvider), ct);
    }

    /// <summary>
    /// Nothing is due now: each flow's next retry, when it comes due before the flow's next scheduled run, wakes the flow
    /// then, so a retry waits its backoff and no longer (a push scheduled every minute would otherwise hold it up to a minute).
    /// </summary>
    private async Task WakeForNextRetryAsync(Guid connectionId, IReadOnlyList<IWorkItemHandler> handlers, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var flow in handlers.GroupBy(h => h.JobFlow))
        {
            var kinds = flow.Select(h => h.Kind).ToList();
            var next = await db.WorkItems.IgnoreQueryFilters()
                .Where(w => w.ConnectionId == connectionId && kinds.Contains(w.Kind) && w.State == PushState.Pending)
                .OrderBy(w => w.NextAttemptAt).Select(w => (DateTimeOffset?)w.NextAttemptAt).FirstOrDefaultAsync(ct);
            if (next is { } due && (await jobs.NextRunAsync(flow.Key, connectionId, ct) is not { } scheduled || due < scheduled))
            {
                await jobs.WakeAtAsync(flow.Key, connectionId, due, ct);
            }
        }
    }

    /// <summary>Asks each handler of the kinds given to start its flow for the connection (after Retry all); false when the flow is off.</summary>
    public async Task<bool> WakeAsync(Guid connectionId, IReadOnlyCollection<WorkItemKind> kinds, CancellationToken ct)
    {
        var connection = await ConnectionAsync(connectionId, ct);
        if (connection is not { Status: ConnectionStatus.Connected })
        {
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var enabled = Handlers(scope.ServiceProvider).Where(h => kinds.Contains(h.Kind) && h.IsEnabled(connection)).ToList();
        foreach (var handler in enabled.DistinctBy(h => h.GetType()))
        {
            await handler.WakeAsync(connection, ct);
        }
        return enabled.Count > 0;
    }

    /// <summary>
    /// Works on one claimed item. The connection is read again for every item, so a flow switched off (or a connection
    /// disconnected) mid-drain sends nothing more, and changed settings apply to the next item already.
    /// </summary>
    private async Task<WorkOutcome> RunClaimedAsync(Guid itemId, string owner, bool manual, IReadOnlyList<IWorkItemHandler> handlers, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One open for the whole item: EF would otherwise open and close the connection around each of its queries.
        await db.Database.OpenConnectionAsync(ct);
        var item = await WorkLookups.Item(db, itemId, ct);
        if (item.State != PushState.InProgress || item.LeaseOwner != owner)
        {
            return WorkOutcome.Busy; // the lease ran out and another worker took over
        }
        var handler = handlers.Single(h => h.Kind == item.Kind);
        var connection = await WorkLookups.Connection(db, item.ConnectionId, ct);
        if (connection is null || (!manual && (connection.Status != ConnectionStatus.Connected || !handler.IsEnabled(connection))))
        {
            await claims.ReleaseAsync(itemId, owner, uncount: true);
            return WorkOutcome.Stopped;
        }
        WorkResult result;
        try
        {
            result = await handler.HandleAsync(new WorkAttempt(item, connection, db, manual ? _ => Task.FromResult(true) : token => IsWantedAsync(handler, item.ConnectionId, token)), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await claims.ReleaseAsync(itemId, owner);
            throw;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Work item {WorkItemId} was taken over by another worker while in progress; its outcome stands.", itemId);
            return WorkOutcome.Busy;
        }
        catch (Exception e)
        {
            // A bug or a database hiccup must not stop the other items: this one is tried again, and stops visibly at the end.
            logger.LogError(e, "Work item {WorkItemId} ({Kind}) failed unexpectedly.", itemId, item.Kind);
            db.ChangeTracker.Clear();
            item = await WorkLookups.Item(db, itemId, ct);
            if (item.LeaseOwner != owner)
            {
                return WorkOutcome.Busy;
            }
            result = new WorkResult.Retry($"Unexpected error: {e.Message}", WorkProblems.Unexpected(item.ConnectionId, item.Attempts, handler.System, e.Message));
        }

        if (result is WorkResult.SwitchedOff)
        {
            await claims.ReleaseAsync(itemId, owner, uncount: true);
            return WorkOutcome.Stopped;
        }
        var outcome = await ApplyAsync(db, item, handler, result, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Work item {WorkItemId} was taken over by another worker; this worker's outcome is dropped.", itemId);
            return WorkOutcome.Busy;
        }
        catch (DbUpdateException e)
        {
            // The outcome could not be recorded (e.g. a link another writer recorded first): keep the item visible and due again.
            logger.LogError(e, "The outcome of work item {WorkItemId} could not be saved.", itemId);
            db.ChangeTracker.Clear();
            item = await WorkLookups.Item(db, itemId, ct);
            if (item.LeaseOwner != owner)
            {
                return WorkOutcome.Busy;
            }
            var message = e.InnerException?.Message ?? e.Message;
            outcome = await ApplyAsync(db, item, handler,
                new WorkResult.Retry($"Unexpected error: {message}", WorkProblems.Unexpected(item.ConnectionId, item.Attempts, handler.System, message)), ct);
            await db.SaveChangesAsync(ct);
            return outcome;
        }
    }

    /// <summary>Turns the handler's result into the item's state, the subject's timeline and its exceptions (staged in <paramref name="db"/>).</summary>
    private async Task<WorkOutcome> ApplyAsync(PortalDbContext db, WorkItem item, IWorkItemHandler handler, WorkResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var system = handler.System;
        var onOrder = handler.SubjectIsOrder;
        item.LeaseOwner = null;
        item.LeaseUntil = null;
        item.UpdatedAt = now;
        switch (result)
        {
            case WorkResult.Done done:
                var resolved = onOrder ? await exceptions.ResolveAllAsync(db, item.SubjectId, item.ConnectionId, ct) : 0;
                item.State = PushState.Done;
                item.Checkpoint = null;
                item.LastError = null;
                item.CompletedAt = now;
                if (onOrder)
                {
                    OrderTimeline.Add(db, item.SubjectId, now, system, done.Message + (resolved > 0 ? $" {resolved} exception(s) resolved." : ""), done.Payload);
                }
                return WorkOutcome.Done;

            case WorkResult.Retry retry when item.Attempts < options.Value.MaxAttempts:
                var delay = options.Value.DelayAfter(item.Attempts);
                item.State = PushState.Pending;
                item.NextAttemptAt = now + (retry.NotBefore is { } notBefore && (notBefore > delay || retry.SkipBackoff) ? notBefore : delay);
                item.LastError = Clip(retry.Error);
                if (onOrder)
                {
                    OrderTimeline.Add(db, item.SubjectId, now, system,
                        $"Attempt {item.Attempts} did not complete ({retry.Error}); trying again at {item.NextAttemptAt:HH:mm:ss} UTC.", retry.Payload);
                }
                return WorkOutcome.Retry;

            case WorkResult.Retry exhausted:
                return await BlockAsync(db, item, handler, [exhausted.Exhausted], $"Gave up after {item.Attempts} attempt(s): {exhausted.Error}", ct);

            case WorkResult.Blocked blocked:
                return await BlockAsync(db, item, handler, blocked.Problems, blocked.Message, ct);

            default:
                throw new InvalidOperationException($"Unknown work result {result.GetType().Name}.");
        }
    }

    private async Task<WorkOutcome> BlockAsync(PortalDbContext db, WorkItem item, IWorkItemHandler handler, IReadOnlyList<OrderProblemInfo> problems, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var system = handler.System;
        if (!handler.SubjectIsOrder)
        {
            item.State = PushState.Blocked;
            item.LastError = Clip(message);
            return WorkOutcome.Blocked;
        }
        var order = await db.Orders.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == item.SubjectId)
            .Select(o => new { o.Id, o.WorkspaceId }).SingleAsync(ct);
        await exceptions.RaiseAsync(db, order.Id, order.WorkspaceId, item.ConnectionId, problems, ct);
        item.State = PushState.Blocked;
        item.LastError = Clip(message);
        OrderTimeline.Add(db, item.SubjectId, now, system, message,
            problems.Select(p => new { p.Type, p.Message, p.ExternalFaultType, p.ExternalMessage }).ToList());
        return WorkOutcome.Blocked;
    }

    private async Task<WorkOutcome> AwaitOtherWorkerAsync(Guid itemId, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var patience = TimeSpan.FromSeconds(options.Value.BusyWaitSeconds);
        while (true)
        {
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var state = await db.WorkItems.IgnoreQueryFilters().Where(w => w.Id == itemId).Select(w => (PushState?)w.State).SingleOrDefaultAsync(ct);
                switch (state)
                {
                    case null or PushState.Done:
                        return WorkOutcome.Done;
                    case PushState.Blocked:
                        return WorkOutcome.Blocked;
                    case PushState.Pending:
                        return WorkOutcome.Retry;
                }
            }
            if (waited.Elapsed >= patience)
            {
                return WorkOutcome.Busy;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    private async Task<bool> IsWantedAsync(IWorkItemHandler handler, Guid connectionId, CancellationToken ct) =>
        await ConnectionAsync(connectionId, ct) is { Status: ConnectionStatus.Connected } connection && handler.IsEnabled(connection);

    private async Task<Connection?> ConnectionAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await WorkLookups.Connection(db, connectionId, ct);
    }

    private static List<IWorkItemHandler> Handlers(IServiceProvider services) => [.. services.GetServices<IWorkItemHandler>()];

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..1999] + "…";
}
