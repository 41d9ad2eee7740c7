using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Inventory;

/// <summary>
/// Reads Omnichannel Inventory into inventory levels, one per SKU and location. The first run and a forced resync read
/// everything: a delta token is taken first (so nothing that changes during the read is lost), then every SKU of the pulled
/// catalog is asked for with get-availability, 100 at a time, at every configured location. In between, runs read OCI's
/// change feed from the stored token; the token (the flow's cursor) is committed only after the levels it covers are saved.
/// A poll that finds nothing new records no run. Whatever changed is announced, so channels push it at once.
/// </summary>
public sealed class SfccInventoryPull(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccLink link,
    SfccClientFactory clients,
    InventoryLevelWriter writer,
    SyncCursors cursors,
    SyncRunRecorder recorder,
    InventoryChanges changes,
    ILogger<SfccInventoryPull> logger)
{
    public const string Flow = "SFCC inventory pull";
    private const int ParallelReads = 4;
    private const int WriteEvery = 5_000;

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        SfccFlowStart? start;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            start = await link.StartAsync(db, connectionId, s => s.PullInventory || s.ForceInventoryResync, ct);
        }
        if (start is null)
        {
            logger.LogInformation("SFCC inventory pull skipped for {ConnectionId}: not connected or the pull is off.", connectionId);
            return;
        }
        var (connection, settings, context) = start;
        if (settings.InventoryLocations.Count == 0 && !settings.ForceInventoryResync)
        {
            // Polled every few seconds: until the merchant names the locations, a failed run each poll would bury the run
            // history. A forced resync still runs, and fails with the reason on the connection page.
            logger.LogWarning("SFCC inventory pull skipped for {ConnectionId}: no Omnichannel Inventory locations are set.", connectionId);
            return;
        }
        var client = clients.For(context);
        var token = await cursors.ReadAsync(connection.Id, Flow, ct);
        if (token is null || settings.ForceInventoryResync || settings.InventoryLocations.Count == 0)
        {
            await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, (counts, t) => FullReadAsync(connection, settings, client, counts, t), ct);
            return;
        }

        var unread = await UnreadSkusAsync(connection, ct);
        var first = await client.Inventory.GetDeltasAsync(settings.TenantGroupId, token, ct);
        if (unread.Count == 0 && first.IsSuccess && first.Data.Records.Count == 0 && !first.Data.ShouldQueryAgain)
        {
            // Nothing changed: move the token on quietly, no run recorded.
            if (first.Data.NextDeltaToken is { Length: > 0 } next && next != token)
            {
                await cursors.CommitAsync(connection, Flow, next, ct);
            }
            return;
        }
        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, t) =>
        {
            if (!first.IsSuccess)
            {
                if (first.Error.Kind is SfccErrorKind.Api or SfccErrorKind.NotFound)
                {
                    // OCI no longer accepts the token (expired, or the places changed): start over with a full read.
                    logger.LogWarning("OCI refused the delta token of {ConnectionId} ({Error}); reading everything again.", connection.Id, first.Error);
                    await FullReadAsync(connection, settings, client, counts, t);
                    return;
                }
                throw new InvalidOperationException(first.Error.ToString());
            }
            if (unread.Count > 0)
            {
                // Products the catalog pull added since the last full read: their stock is read once, then the feed follows them.
                counts.Expected = unread.Count;
                if ((await ReadAvailabilityAsync(connection, settings, client, unread, counts, t)).Count > 0)
                {
                    await changes.NotifyAsync(connection.WorkspaceId, full: false, t);
                }
            }
            await DeltasAsync(connection, settings, client, first.Data, counts, t);
        }, ct);
    }

    /// <summary>SKUs of the pulled catalog with no level yet (added after the last full read).</summary>
    private async Task<List<string>> UnreadSkusAsync(Connection connection, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Products.IgnoreQueryFilters()
            .Where(p => p.SourceConnectionId == connection.Id && !p.IsMaster && p.RemovedAt == null
                && !db.InventoryLevels.Any(l => l.ConnectionId == connection.Id && l.Sku == p.Sku))
            .OrderBy(p => p.Sku).Select(p => p.Sku).ToListAsync(ct);
    }

    private async Task DeltasAsync(Connection connection, SfccConnectionSettings settings, SfccClient client, OciDeltasResult page, SyncRunCounts counts, CancellationToken ct)
    {
        var changedAny = false;
        while (true)
        {
            var readings = page.Records
                .Where(r => r.Sku is not null && r.Location is not null && settings.InventoryLocations.Contains(r.Location, StringComparer.Ordinal))
                .Select(r => Reading(r.Sku!, r.Location!, r))
                .ToList();
            var changed = await writer.WriteAsync(connection, readings, ct);
            changedAny |= changed.Count > 0;
            counts.Processed += page.Records.Count;
            counts.Succeeded += page.Records.Count;
            if (page.NextDeltaToken is { Length: > 0 } next)
            {
                await cursors.CommitAsync(connection, Flow, next, ct);
            }
            if (!page.ShouldQueryAgain || page.NextDeltaToken is not { Length: > 0 })
            {
                break;
            }
            var more = await client.Inventory.GetDeltasAsync(settings.TenantGroupId, page.NextDeltaToken, ct);
            page = more.IsSuccess ? more.Data : throw new InvalidOperationException(more.Error.ToString());
        }
        if (changedAny)
        {
            await changes.NotifyAsync(connection.WorkspaceId, full: false, ct);
        }
    }

    private async Task FullReadAsync(Connection connection, SfccConnectionSettings settings, SfccClient client, SyncRunCounts counts, CancellationToken ct)
    {
        var locations = settings.InventoryLocations;
        if (locations.Count == 0)
        {
            throw new InvalidOperationException(
                "No Omnichannel Inventory locations are set on this connection: list the locations whose stock counts under Inventory locations and save.");
        }
        // The feed starts before the read, so a change made while it runs is read again by the next delta run.
        var started = await client.Inventory.CreateDeltaTokenAsync(settings.TenantGroupId, "location", locations, ct);
        if (!started.IsSuccess || started.Data.DeltaToken is not { Length: > 0 } token)
        {
            throw new InvalidOperationException(started.Error?.ToString() ?? "OCI answered the delta-token request without a deltaToken.");
        }

        List<string> skus;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            skus = await db.Products.IgnoreQueryFilters()
                .Where(p => p.SourceConnectionId == connection.Id && !p.IsMaster && p.RemovedAt == null)
                .OrderBy(p => p.Sku).Select(p => p.Sku).ToListAsync(ct);
        }
        counts.Expected = skus.Count;
        await counts.CheckpointAsync(ct);

        await ReadAvailabilityAsync(connection, settings, client, skus, counts, ct);
        await cursors.CommitAsync(connection, Flow, token, ct);
        logger.LogInformation("SFCC inventory full read for {ConnectionId}: {Count} SKUs at {Locations} locations.", connection.Id, skus.Count, locations.Count);
        await SwitchOffForcedResyncAsync(connection.Id, ct);
        // After a full read every channel recomputes everything, changed or not (its rules may count differently now).
        await changes.NotifyAsync(connection.WorkspaceId, full: true, ct);
    }

    /// <summary>
    /// Asks OCI for the SKUs' availability at every configured location, 100 SKUs a call and a few calls at once, and writes
    /// the levels every few thousand readings (with progress). Returns the SKUs whose level changed.
    /// </summary>
    private async Task<IReadOnlySet<string>> ReadAvailabilityAsync(
        Connection connection, SfccConnectionSettings settings, SfccClient client, IReadOnlyList<string> skus, SyncRunCounts counts, CancellationToken ct)
    {
        var locations = settings.InventoryLocations;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<LevelReading>();
        foreach (var group in skus.Chunk(SfccInventoryClient.MaxAvailabilitySkus).Chunk(ParallelReads * 5))
        {
            var answers = new OciAvailabilityResult[group.Length];
            await Parallel.ForEachAsync(Enumerable.Range(0, group.Length), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct }, async (i, t) =>
            {
                var answer = await client.Inventory.GetAvailabilityAsync(settings.TenantGroupId, group[i], locations: locations, ct: t);
                answers[i] = answer.IsSuccess ? answer.Data : throw new InvalidOperationException(answer.Error.ToString());
            });
            for (var i = 0; i < group.Length; i++)
            {
                pending.AddRange(Readings(group[i], locations, answers[i]));
                counts.Processed += group[i].Length;
                counts.Succeeded += group[i].Length;
            }
            if (pending.Count >= WriteEvery)
            {
                changed.UnionWith(await writer.WriteAsync(connection, pending, ct));
                pending.Clear();
                await counts.CheckpointAsync(ct); // progress for the connection page
            }
        }
        changed.UnionWith(await writer.WriteAsync(connection, pending, ct));
        return changed;
    }

    /// <summary>A SKU asked for but absent at a location holds nothing there.</summary>
    private static IEnumerable<LevelReading> Readings(IReadOnlyList<string> skus, IReadOnlyList<string> locations, OciAvailabilityResult answer)
    {
        var byLocation = (answer.Locations ?? []).Where(l => l.Id is not null)
            .ToDictionary(l => l.Id!, l => (l.Records ?? []).Where(r => r.Sku is not null).GroupBy(r => r.Sku!).ToDictionary(g => g.Key, g => g.First()), StringComparer.Ordinal);
        foreach (var location in locations)
        {
            var records = byLocation.GetValueOrDefault(location);
            foreach (var sku in skus)
            {
                yield return records is not null && records.TryGetValue(sku, out var record)
                    ? Reading(sku, location, record)
                    : new LevelReading(sku, location, 0, 0, 0);
            }
        }
    }

    private static LevelReading Reading(string sku, string location, OciAvailabilityRecord r) =>
        new(sku, location, r.Ato ?? 0, r.OnHand ?? r.Ato ?? 0, r.Reserved ?? 0);

    private async Task SwitchOffForcedResyncAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId, ct);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        if (settings.ForceInventoryResync)
        {
            connection.SettingsJson = (settings with { ForceInventoryResync = false }).Write();
            await db.SaveChangesAsync(ct);
        }
    }
}
