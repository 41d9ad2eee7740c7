using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// One run of the "SFCC order push" flow of a connection: queue what the sync settings call for (the planner), then let
/// the sync engine's runner drain the due creates and cancellations; orders that changed meanwhile are planned before the
/// run stops. Each run that has work is recorded as a SyncRun.
/// </summary>
public sealed class SfccOrderPush(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccOrderPlanner planner,
    WorkItemRunner runner,
    SyncRunRecorder recorder,
    OrderPushSignal signal,
    TimeProvider clock,
    ILogger<SfccOrderPush> logger)
{
    public const string Flow = "SFCC order push";

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        var connection = await ActiveAsync(connectionId, ct);
        if (connection is null)
        {
            logger.LogInformation("SFCC order push skipped for {ConnectionId}: not connected or Push orders is off.", connectionId);
            return;
        }
        signal.Take(connectionId);
        var queued = await PlanAsync(connection, ct);
        if (queued == 0 && !await AnyDueAsync(connectionId, ct))
        {
            return; // nothing to do: no run is recorded for it
        }

        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            counts.Expected = queued;
            do
            {
                await runner.DrainAsync(connectionId, counts, token);
            }
            // Orders changed while this run worked: queue them now rather than in another run.
            while (!token.IsCancellationRequested && signal.Take(connectionId) && await ActiveAsync(connectionId, token) is { } now
                && await PlanAsync(now, token) > 0);
        }, ct);
    }

    /// <summary>Plans with the settings of the connection as just read.</summary>
    private async Task<int> PlanAsync(Connection connection, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await planner.PlanAsync(db, connection, SfccConnectionSettings.Read(connection.SettingsJson), ct);
    }

    /// <summary>The connection as stored now; null when it is gone, not connected, or Push orders is off.</summary>
    private async Task<Connection?> ActiveAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        return connection is { Status: ConnectionStatus.Connected } && SfccConnectionSettings.Read(connection.SettingsJson).PushOrders ? connection : null;
    }

    private async Task<bool> AnyDueAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.WorkItems.IgnoreQueryFilters().AnyAsync(w => w.ConnectionId == connectionId
            && ((w.State == PushState.Pending && w.NextAttemptAt <= now) || (w.State == PushState.InProgress && w.LeaseUntil < now)), ct);
    }
}
