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
    OrderImportFailures failures,
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
    /// <summary>Dead-lettered orders tried again per run (oldest first); the rest wait for the next runs.</summary>
    private const int RetriesPerRun = 200;

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
                // An order the search cannot read waits as an import exception; the others of the page go on.
                foreach (var rejected in page.Data.Rejected.Where(r => seen.Add(r.Id)))
                {
                    counts.Processed++;
                    await DeadLetterAsync(connection, rejected.Id, rejected.RawJson, rejected.Problem, counts, token);
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
            // Orders that failed to import before are read again by id: the cursor has moved past them, and they may
            // have been fixed since (in TikTok, or by a portal update). Those still failing stay open.
            var retries = (await failures.OpenAsync(connection.Id, RetriesPerRun, token)).Where(id => !seen.Contains(id)).ToList();
            if (retries.Count > 0)
            {
                await ImportAsync(client, connection, settings, retries, counts, token);
            }
            // Every order up to the cursor is saved by now, or dead-lettered with its payload and cause.
            await cursors.CommitTimeAsync(connection, TikTokOrderPullJob.Flow, newest, token);
        }, ct);
    }

    /// <summary>
    /// Reads the orders' details in batches of 50 and binds them; returns the newest update time seen. An order that
    /// cannot be mapped or stored is dead-lettered (kept with its payload and cause, tried again next run) and never
    /// stops the others of its batch.
    /// </summary>
    private async Task<DateTimeOffset> ImportAsync(TikTokShopClient client, Connection connection, TikTokConnectionSettings settings,
        IReadOnlyList<string> ids, SyncRunCounts counts, CancellationToken ct)
    {
        var newest = DateTimeOffset.MinValue;
        var now = clock.GetUtcNow();
        foreach (var batch in ids.Distinct().Chunk(DetailBatch))
        {
            var latest = await ImportBatchAsync(client, connection, settings, batch, counts, now, ct);
            newest = latest > newest ? latest : newest;
        }
        return newest;
    }

    private async Task<DateTimeOffset> ImportBatchAsync(TikTokShopClient client, Connection connection, TikTokConnectionSettings settings,
        string[] batch, SyncRunCounts counts, DateTimeOffset now, CancellationToken ct)
    {
        var detail = await client.GetOrderDetailsAsync(batch, ct);
        if (!detail.IsSuccess && detail.Error.Kind == TikTokErrorKind.InvalidResponse)
        {
            // An answer that does not parse may be one malformed order spoiling its batch: read them one by one, so
            // only that order waits (dead-lettered) and the batch's others are imported.
            if (batch.Length > 1)
            {
                var newest = DateTimeOffset.MinValue;
                foreach (var id in batch)
                {
                    var latest = await ImportBatchAsync(client, connection, settings, [id], counts, now, ct);
                    newest = latest > newest ? latest : newest;
                }
                return newest;
            }
            counts.Processed++;
            await DeadLetterAsync(connection, batch[0], null, $"TikTok's answer for this order could not be read: {detail.Error}", counts, ct);
            return DateTimeOffset.MinValue;
        }
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
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await DeadLetterAsync(connection, order.Id, RawOf(order), CauseOf(e), counts, ct);
            }
        }
        var outcome = await BindAsync(connection, imported, counts, ct);
        if (outcome.Created + outcome.Updated > 0)
        {
            await orderChanges.NotifyAsync(connection.WorkspaceId, ct);
        }
        counts.Processed += batch.Length;
        counts.Succeeded += outcome.Created + outcome.Updated + outcome.Unchanged;
        return imported.Select(o => o.SourceUpdatedAt).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
    }

    /// <summary>
    /// Binds the batch in one transaction; when the database refuses it, binds each order on its own so one order it
    /// refuses (too long a value, a broken reference) is dead-lettered and the others are stored.
    /// </summary>
    private async Task<OrderBinder.Outcome> BindAsync(Connection connection, List<ImportedOrder> imported, SyncRunCounts counts, CancellationToken ct)
    {
        if (imported.Count == 0)
        {
            return new OrderBinder.Outcome(0, 0, 0);
        }
        try
        {
            var outcome = await BindOnceAsync(connection, imported, ct);
            await failures.ResolveAsync(connection.Id, [.. imported.Select(o => o.SourceOrderId)], ct);
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException && imported.Count > 1)
        {
            logger.LogWarning(e, "A batch of {Count} TikTok orders could not be stored together; storing them one by one.", imported.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DeadLetterAsync(connection, imported[0].SourceOrderId, imported[0].Payload, CauseOf(e), counts, ct);
            return new OrderBinder.Outcome(0, 0, 0);
        }
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var order in imported)
        {
            try
            {
                var one = await BindOnceAsync(connection, [order], ct);
                (created, updated, unchanged) = (created + one.Created, updated + one.Updated, unchanged + one.Unchanged);
                await failures.ResolveAsync(connection.Id, [order.SourceOrderId], ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await DeadLetterAsync(connection, order.SourceOrderId, order.Payload, CauseOf(e), counts, ct);
            }
        }
        return new OrderBinder.Outcome(created, updated, unchanged);
    }

    private async Task<OrderBinder.Outcome> BindOnceAsync(Connection connection, IReadOnlyList<ImportedOrder> orders, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct); // one open for the batch's look-ups and writes
        return await binder.ApplyAsync(db, connection.WorkspaceId, connection.Id, orders, ct);
    }

    private async Task DeadLetterAsync(Connection connection, string? orderId, string? raw, string cause, SyncRunCounts counts, CancellationToken ct)
    {
        counts.Failed++;
        var id = string.IsNullOrWhiteSpace(orderId) ? "(no order id)" : orderId;
        logger.LogWarning("TikTok order {OrderId} could not be imported and waits as an import exception: {Reason}", id, cause);
        await failures.RecordAsync(connection.WorkspaceId, connection.Id, id, raw, cause, ct);
    }

    private static string RawOf(TikTokOrder order) =>
        order.Raw.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "{}" : order.Raw.GetRawText();

    /// <summary>The cause in the merchant's words: the mapper's own message names the field; anything else is named as unexpected.</summary>
    private static string CauseOf(Exception e) => e switch
    {
        FormatException => e.Message,
        DbUpdateException db => $"The order could not be stored: {db.InnerException?.Message ?? db.Message}",
        _ => $"The order's data could not be read ({e.GetType().Name}: {e.Message}). TikTok sent something the portal does not expect; the raw order is kept.",
    };

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
