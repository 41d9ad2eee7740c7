using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// One run of the "fulfillments to TikTok Shop" flow of a shop: queue what is missing, then let the sync engine's runner
/// drain the due ship items; fulfillments recorded meanwhile are drained before the run stops. Runs with work are recorded.
/// </summary>
public sealed class TikTokFulfillmentPush(
    IDbContextFactory<PortalDbContext> dbFactory,
    TikTokFulfillmentQueue queue,
    WorkItemRunner runner,
    SyncRunRecorder recorder,
    FulfillmentPushSignal signal,
    TimeProvider clock,
    ILogger<TikTokFulfillmentPush> logger)
{
    public const string Flow = "TikTok fulfillment push";
    private static readonly WorkItemKind[] Kinds = [WorkItemKind.TikTokShipPackage];

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        var shop = await ActiveAsync(connectionId, ct);
        if (shop is null)
        {
            logger.LogInformation("TikTok fulfillment push skipped for {ConnectionId}: not connected or Push fulfillments is off.", connectionId);
            return;
        }
        signal.Take(connectionId);
        var queued = await queue.QueueMissingAsync(shop, ct);
        if (queued == 0 && !await AnyDueAsync(connectionId, ct))
        {
            return; // nothing to do: no run is recorded for it
        }
        await recorder.RunAsync(shop.WorkspaceId, shop.Id, Flow, async (counts, token) =>
        {
            do
            {
                await runner.DrainAsync(connectionId, counts, token, Kinds);
            }
            while (!token.IsCancellationRequested && signal.Take(connectionId));
        }, ct);
    }

    private async Task<Connection?> ActiveAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        return connection is { Kind: ConnectorKind.TikTokShop, Status: ConnectionStatus.Connected } && TikTokConnectionSettings.Read(connection.SettingsJson).PushFulfillments
            ? connection
            : null;
    }

    private async Task<bool> AnyDueAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.WorkItems.IgnoreQueryFilters().AnyAsync(w => w.ConnectionId == connectionId && w.Kind == WorkItemKind.TikTokShipPackage
            && ((w.State == PushState.Pending && w.NextAttemptAt <= now) || (w.State == PushState.InProgress && w.LeaseUntil < now)), ct);
    }
}
