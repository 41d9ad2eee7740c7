using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// One run of the "SFCC order push" flow of a connection: queue what the settings call for, then drain the due work
/// items a few at a time (creates and cancellations) until none is due. Each run is recorded as a SyncRun.
/// </summary>
public sealed class SfccOrderPushRunner(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccConnectionService connections,
    SfccClientFactory clients,
    SfccOrderPlanner planner,
    SfccOrderPusher pusher,
    SfccOrderCanceller canceller,
    SyncRunRecorder recorder,
    OrderPushSignal signal,
    IOptions<OrderPushOptions> options,
    TimeProvider clock,
    ILogger<SfccOrderPushRunner> logger)
{
    public const string Flow = "SFCC order push";
    private const int Page = 200;

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        // Settings are read inside the lock: a run that waited for another one uses the settings of now.
        var runLock = signal.RunLock(connectionId);
        await runLock.WaitAsync(ct);
        try
        {
            await RunLockedAsync(connectionId, ct);
        }
        finally
        {
            runLock.Release();
        }
    }

    private async Task RunLockedAsync(Guid connectionId, CancellationToken ct)
    {
        Connection? connection;
        SfccConnectionSettings settings;
        SfccContext context;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
            settings = connection is null ? new() : SfccConnectionSettings.Read(connection.SettingsJson);
            if (connection is null || connection.Status != ConnectionStatus.Connected || !settings.PushOrders)
            {
                logger.LogInformation("SFCC order push skipped for {ConnectionId}: not connected or Push orders is off.", connectionId);
                return;
            }
            context = await connections.ContextAsync(db, connection, settings, ct);
        }

        signal.Take(connectionId);
        var queued = await PlanAsync(connection, settings, ct);
        if (queued == 0 && !await AnyDueAsync(connectionId, ct))
        {
            return; // nothing to do: no run is recorded for it
        }

        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            var client = clients.For(context);
            var seen = new HashSet<Guid>();
            counts.Expected = queued;
            while (!token.IsCancellationRequested)
            {
                var due = await DueAsync(connection.Id, token);
                if (due.Count == 0)
                {
                    // Orders changed while this run worked: queue them now rather than in another run.
                    if (signal.Take(connectionId) && await PlanAsync(connection, settings, token) > 0)
                    {
                        continue;
                    }
                    break;
                }
                await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Concurrency), CancellationToken = token }, async (item, itemToken) =>
                {
                    var outcome = await ProcessAsync(item, client, settings, itemToken);
                    lock (counts)
                    {
                        if (seen.Add(item.Id))
                        {
                            counts.Processed++;
                        }
                        if (outcome == WorkOutcome.Done)
                        {
                            counts.Succeeded++;
                        }
                        else if (outcome == WorkOutcome.Blocked)
                        {
                            counts.Failed++;
                        }
                    }
                });
                counts.Expected = Math.Max(counts.Expected ?? 0, seen.Count);
                await counts.CheckpointAsync(token);
            }
        }, ct);
    }

    private async Task<int> PlanAsync(Connection connection, SfccConnectionSettings settings, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await planner.PlanAsync(db, connection.WorkspaceId, connection.Id, settings, ct);
    }

    private async Task<bool> AnyDueAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.WorkItems.IgnoreQueryFilters().AnyAsync(w => w.ConnectionId == connectionId && w.State == PushState.Pending && w.NextAttemptAt <= now, ct);
    }

    /// <summary>Runs one item now, outside the job (Retry on an order, Test one order); any settings, even Push orders off.</summary>
    public async Task<WorkOutcome> ProcessNowAsync(Guid connectionId, Guid workItemId, CancellationToken ct)
    {
        SfccConnectionSettings settings;
        SfccContext context;
        WorkItem item;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == connectionId, ct);
            if (connection.Status != ConnectionStatus.Connected)
            {
                throw Client.Api.ApiProblemException.Conflict($"The Salesforce connection '{connection.DisplayName}' is not connected. Open it and click Connect, then retry.");
            }
            settings = SfccConnectionSettings.Read(connection.SettingsJson);
            context = await connections.ContextAsync(db, connection, settings, ct);
            item = await db.WorkItems.IgnoreQueryFilters().AsNoTracking().SingleAsync(w => w.Id == workItemId, ct);
        }
        return await ProcessAsync(item, clients.For(context), settings, ct);
    }

    /// <summary>Runs one item (the job's workers and <see cref="ProcessNowAsync"/>).</summary>
    public async Task<WorkOutcome> ProcessAsync(WorkItem item, SfccClient client, SfccConnectionSettings settings, CancellationToken ct)
    {
        try
        {
            return item.Kind == WorkItemKind.SfccCancelOrder
                ? await canceller.CancelAsync(item.Id, client, ct)
                : await pusher.PushAsync(item.Id, client, settings, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug or a database hiccup must not stop the other orders: the item waits and is tried again.
            logger.LogError(e, "Work item {WorkItemId} ({Kind}) failed unexpectedly.", item.Id, item.Kind);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var stored = await db.WorkItems.IgnoreQueryFilters().SingleAsync(w => w.Id == item.Id, ct);
            stored.Attempts++;
            stored.LastError = $"Unexpected error: {e.Message}";
            stored.State = stored.Attempts >= options.Value.MaxAttempts ? PushState.Blocked : PushState.Pending;
            stored.NextAttemptAt = clock.GetUtcNow() + options.Value.DelayAfter(Math.Max(1, stored.Attempts));
            stored.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return WorkOutcome.Retry;
        }
    }

    private async Task<List<WorkItem>> DueAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.WorkItems.IgnoreQueryFilters().AsNoTracking()
            .Where(w => w.ConnectionId == connectionId && w.State == PushState.Pending && w.NextAttemptAt <= now)
            .OrderBy(w => w.NextAttemptAt).ThenBy(w => w.CreatedAt)
            .Take(Page).ToListAsync(ct);
    }
}
