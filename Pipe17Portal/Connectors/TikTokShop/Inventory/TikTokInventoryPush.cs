using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>
/// One run of the "TikTok inventory push" flow of a connection: plan (link SKUs, compute quantities, queue products not in
/// step), then let the sync engine's runner drain the inventory updates; changes announced meanwhile are planned before the
/// run stops. A run with nothing to send records nothing.
/// </summary>
public sealed class TikTokInventoryPush(
    IDbContextFactory<PortalDbContext> dbFactory,
    TikTokInventoryPlanner planner,
    WorkItemRunner runner,
    SyncRunRecorder recorder,
    InventoryPushSignal signal,
    TimeProvider clock,
    ILogger<TikTokInventoryPush> logger)
{
    public const string Flow = "TikTok inventory push";
    private static readonly WorkItemKind[] Kinds = [WorkItemKind.TikTokUpdateInventory];

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        var connection = await ActiveAsync(connectionId, ct);
        if (connection is null)
        {
            logger.LogInformation("TikTok inventory push skipped for {ConnectionId}: not connected or Push inventory is off.", connectionId);
            return;
        }
        signal.Take(connectionId, out var full);
        var queued = await planner.PlanAsync(connection, full, ct);
        if (queued == 0 && !await AnyDueAsync(connectionId, ct))
        {
            return;
        }
        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            counts.Expected = queued;
            await counts.CheckpointAsync(token);
            do
            {
                await runner.DrainAsync(connectionId, counts, token, Kinds);
            }
            while (!token.IsCancellationRequested && signal.Take(connectionId, out var again) && await ActiveAsync(connectionId, token) is { } now
                && await planner.PlanAsync(now, again, token) > 0);
        }, ct);
    }

    /// <summary>The connection as stored now; null when it is gone, not connected, or Push inventory is off.</summary>
    private async Task<Connection?> ActiveAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        return connection is { Kind: ConnectorKind.TikTokShop, Status: ConnectionStatus.Connected } && TikTokConnectionSettings.Read(connection.SettingsJson) is { PushInventory: true, IsAuthorized: true }
            ? connection
            : null;
    }

    private async Task<bool> AnyDueAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.WorkItems.IgnoreQueryFilters().AnyAsync(w => w.ConnectionId == connectionId && w.Kind == WorkItemKind.TikTokUpdateInventory
            && ((w.State == PushState.Pending && w.NextAttemptAt <= now) || (w.State == PushState.InProgress && w.LeaseUntil < now)), ct);
    }
}
