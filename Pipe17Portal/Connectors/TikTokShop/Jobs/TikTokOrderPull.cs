using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Connectors.TikTokShop.Mapping;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Jobs;

/// <summary>
/// Reads orders changed since the cursor (minus an overlap, because TikTok's update times are not strictly ordered
/// with its index), fetches their details in batches of 50 and binds them; records a SyncRun.
/// </summary>
public sealed class TikTokOrderPull(
    IDbContextFactory<PortalDbContext> dbFactory,
    TikTokShopLink shopLink,
    OrderBinder binder,
    OrderChanges orderChanges,
    SyncRunRecorder recorder,
    SyncCursors cursors,
    TimeProvider clock,
    ILogger<TikTokOrderPull> logger)
{
    public const string Flow = "TikTok order pull";
    public const string WebhookFlow = "TikTok order pull (webhook)";
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);
    private const int PageSize = 100;
    private const int DetailBatch = 50;

    /// <summary>The webhook fast path: reads and binds just the named orders; the cursor is left to the full pull.</summary>
    public async Task RunForOrdersAsync(Guid connectionId, IReadOnlyList<string> orderIds, CancellationToken ct)
    {
        var (connection, settings) = await ActiveConnectionAsync(connectionId, ct);
        if (connection is null || settings is null)
        {
            return;
        }
        await recorder.RunAsync(connection.WorkspaceId, connection.Id, WebhookFlow, async (counts, token) =>
        {
            var client = await shopLink.ClientAsync(connection, token);
            await ImportAsync(client, connection, settings, orderIds, counts, token);
        }, ct);
    }

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        var (connection, settings) = await ActiveConnectionAsync(connectionId, ct);
        if (connection is null || settings is null)
        {
            return;
        }

        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            var client = await shopLink.ClientAsync(connection, token);
            // First run: the last 30 days, so a newly connected shop brings its open orders.
            var cursor = await cursors.ReadTimeAsync(connection.Id, TikTokOrderPullJob.Flow, token) ?? clock.GetUtcNow().AddDays(-30);
            var since = cursor - Overlap;
            var newest = cursor;

            var filter = new TikTokOrderSearchFilter { UpdateTimeGe = since.ToUnixTimeSeconds() };
            // Each page is imported as soon as it is read, so the first orders reach the push within a second of a large
            // first pull rather than after the whole search. An order updated while paging can come twice: it is imported once.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var page in client.SearchAllOrdersAsync(filter, new TikTokOrderSearchOptions(PageSize, "update_time", "ASC"), token))
            {
                if (!page.IsSuccess)
                {
                    throw new TikTokFlowException(page.Error);
                }
                var ids = page.Data.Orders.Select(o => o.Id).Where(seen.Add).ToList();
                var latest = await ImportAsync(client, connection, settings, ids, counts, token);
                newest = latest > newest ? latest : newest;
            }

            await using (var db = await dbFactory.CreateDbContextAsync(token))
            {
                if (await binder.ReleaseHeldOrdersAsync(db, connection.Id, token) > 0)
                {
                    await orderChanges.NotifyAsync(connection.WorkspaceId, token);
                }
            }
            // Every order up to the cursor is saved by now.
            await cursors.CommitTimeAsync(connection, TikTokOrderPullJob.Flow, newest, token);
        }, ct);
    }

    /// <summary>Reads the orders' details in batches of 50 and binds them; returns the newest update time seen.</summary>
    private async Task<DateTimeOffset> ImportAsync(TikTokShopClient client, Connection connection, TikTokConnectionSettings settings,
        IReadOnlyList<string> ids, SyncRunCounts counts, CancellationToken ct)
    {
        var newest = DateTimeOffset.MinValue;
        var now = clock.GetUtcNow();
        foreach (var batch in ids.Distinct().Chunk(DetailBatch))
        {
            var detail = await client.GetOrderDetailsAsync(batch, ct);
            if (!detail.IsSuccess)
            {
                throw new TikTokFlowException(detail.Error);
            }
            var imported = new List<ImportedOrder>();
            foreach (var order in detail.Data)
            {
                try
                {
                    imported.Add(TikTokOrderMapper.ToImported(order, settings.OrderHoldMinutes, now));
                }
                catch (FormatException e)
                {
                    counts.Failed++;
                    logger.LogWarning("TikTok order {OrderId} could not be imported: {Reason}", order.Id, e.Message);
                }
            }
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct); // one open for the batch's look-ups and writes
            var outcome = await binder.ApplyAsync(db, connection.WorkspaceId, connection.Id, imported, ct);
            if (outcome.Created + outcome.Updated > 0)
            {
                await orderChanges.NotifyAsync(connection.WorkspaceId, ct);
            }
            counts.Processed += batch.Length;
            counts.Succeeded += outcome.Created + outcome.Updated + outcome.Unchanged;
            var latest = imported.Select(o => o.SourceUpdatedAt).DefaultIfEmpty(newest).Max();
            newest = latest > newest ? latest : newest;
        }
        return newest;
    }

    private async Task<(Connection? Connection, TikTokConnectionSettings? Settings)> ActiveConnectionAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        var settings = connection is null ? null : TikTokConnectionSettings.Read(connection.SettingsJson);
        if (connection is null || settings is null || connection.Status != ConnectionStatus.Connected || !settings.PullOrders || !settings.IsAuthorized)
        {
            logger.LogInformation("TikTok order pull skipped for {ConnectionId}: not connected or pulling is off.", connectionId);
            return (null, null);
        }
        return (connection, settings);
    }
}

/// <summary>A TikTok call that stopped a flow; its message names the endpoint, TikTok's code and request id.</summary>
public sealed class TikTokFlowException(TikTokError error) : Exception(error.ToString())
{
    public TikTokError Error { get; } = error;
}
