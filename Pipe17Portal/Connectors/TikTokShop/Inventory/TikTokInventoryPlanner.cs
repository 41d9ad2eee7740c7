using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>
/// Decides what TikTok should show: links the shop's SKUs to portal products (exact seller_sku = product SKU), computes
/// each linked SKU's quantity with the connection's inventory rules into <see cref="ChannelStock"/>, and queues one work
/// item per TikTok product whose SKUs are not in step (or reopens it when it had finished). A full plan (first run, rules
/// changed, a full read in SFCC, the catalog changed, and every few minutes for products new on TikTok) relinks and
/// recomputes every SKU; otherwise only SKUs whose levels changed since the last plan are looked at. A SKU whose stock SFCC
/// has not reported yet is left alone (sending 0 would empty the shelf on TikTok). Everything is read and written in batches, never row by row.
/// </summary>
public sealed class TikTokInventoryPlanner(IDbContextFactory<PortalDbContext> dbFactory, TikTokSkuIndex index, SyncCursors cursors, TimeProvider clock)
{
    /// <summary>The most TikTok accepts for one SKU (an update above it fails with 12052055).</summary>
    public const int MaxQuantity = 99_999;

    /// <summary>
    /// What TikTok is told for a SKU: the rules' quantity, but never more than TikTok holds (it refuses the whole update
    /// above <see cref="MaxQuantity"/>, so the SKU would keep its old quantity instead).
    /// </summary>
    public static int Offered(InventoryRules rules, IEnumerable<LocationStock> stock) => Math.Min(MaxQuantity, rules.AvailableToSell(stock));

    /// <summary>The time cursor of the last plan; level changes at or after it (less the overlap) are planned next.</summary>
    public const string PlanCursor = "TikTok inventory plan";
    /// <summary>A level saved while a plan ran may carry a time just before that plan's start: looking back covers it.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);
    private const int Batch = 2_000;
    /// <summary>When the links were last read from TikTok; they are read again after <see cref="LinkRefresh"/> (new products there).</summary>
    public const string LinkCursor = "TikTok inventory links";
    private static readonly TimeSpan LinkRefresh = TimeSpan.FromMinutes(10);

    public static string Key(string productId) => $"inventory:{productId}";

    public static string? ProductOf(string idempotencyKey) => idempotencyKey.StartsWith("inventory:", StringComparison.Ordinal) ? idempotencyKey["inventory:".Length..] : null;

    /// <summary>A stable subject id for a TikTok product (work items name a subject by id).</summary>
    public static Guid SubjectOf(Guid connectionId, string productId) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{connectionId:N}:tiktok-product:{productId}")));

    /// <returns>How many products were queued or reopened.</returns>
    public async Task<int> PlanAsync(Connection connection, bool full, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var since = full ? null : await cursors.ReadTimeAsync(connection.Id, PlanCursor, ct);
        if (since is null || await cursors.ReadTimeAsync(connection.Id, LinkCursor, ct) is not { } linked || startedAt - linked > LinkRefresh)
        {
            await LinkAsync(connection, ct);
            await cursors.CommitTimeAsync(connection, LinkCursor, startedAt, ct);
            since = null; // links may have changed: every SKU is looked at again
        }
        var rules = TikTokConnectionSettings.Read(connection.SettingsJson).InventoryRules.ToRules();
        var scope = await ScopeAsync(connection, since - Overlap, ct);
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in scope.Chunk(Batch))
        {
            await ComputeAsync(connection, rules, chunk, products, ct);
        }
        var queued = await QueueAsync(connection, products, ct);
        await cursors.CommitTimeAsync(connection, PlanCursor, startedAt, ct);
        return queued;
    }

    /// <summary>Every linked SKU, or those whose SFCC levels changed since <paramref name="since"/>.</summary>
    private async Task<List<string>> ScopeAsync(Connection connection, DateTimeOffset? since, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var linked = db.ChannelStocks.IgnoreQueryFilters().Where(s => s.ConnectionId == connection.Id && s.ChannelProductId != null);
        if (since is not { } from)
        {
            return await linked.Select(s => s.Sku).ToListAsync(ct);
        }
        var changed = db.InventoryLevels.IgnoreQueryFilters().Where(l => l.WorkspaceId == connection.WorkspaceId && l.ChangedAt >= from).Select(l => l.Sku);
        return await linked.Where(s => changed.Contains(s.Sku)).Select(s => s.Sku).ToListAsync(ct);
    }

    /// <summary>Links (or unlinks) the shop's SKUs to the workspace's products, with TikTok's ids and warehouses.</summary>
    private async Task LinkAsync(Connection connection, CancellationToken ct)
    {
        var places = await index.ReadAsync(connection, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var portal = (await db.Products.IgnoreQueryFilters().Where(p => p.WorkspaceId == connection.WorkspaceId && !p.IsMaster && p.RemovedAt == null)
            .Select(p => p.Sku).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var rows = await db.ChannelStocks.IgnoreQueryFilters().Where(s => s.ConnectionId == connection.Id).ToDictionaryAsync(s => s.Sku, StringComparer.Ordinal, ct);
        foreach (var (sku, place) in places.Where(p => portal.Contains(p.Key)))
        {
            var warehouses = string.Join(',', place.WarehouseIds);
            if (!rows.TryGetValue(sku, out var row))
            {
                db.ChannelStocks.Add(new ChannelStock
                {
                    WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Sku = sku,
                    ChannelProductId = place.ProductId, ChannelSkuId = place.SkuId, ChannelWarehouseIds = warehouses,
                });
            }
            else if (row.ChannelProductId != place.ProductId || row.ChannelSkuId != place.SkuId || row.ChannelWarehouseIds != warehouses)
            {
                row.ChannelProductId = place.ProductId;
                row.ChannelSkuId = place.SkuId;
                row.ChannelWarehouseIds = warehouses;
                row.ComputedAt = default; // computed and sent again where it now lives
                db.Entry(row).State = EntityState.Modified;
            }
        }
        foreach (var row in rows.Values.Where(r => r.ChannelProductId is not null && !(places.ContainsKey(r.Sku) && portal.Contains(r.Sku))))
        {
            // No longer on TikTok (or no longer a product here): nothing is sent for it; reconciliation lists it.
            row.ChannelProductId = null;
            row.ChannelSkuId = null;
            row.ChannelWarehouseIds = null;
            row.PendingSince = null;
            row.LastError = "Not linked: no TikTok SKU has this seller SKU (or the product was removed in Salesforce).";
            row.LastErrorAt = now;
            db.Entry(row).State = EntityState.Modified;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ComputeAsync(Connection connection, InventoryRules rules, IReadOnlyList<string> skus, HashSet<string> products, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var levels = (await db.InventoryLevels.IgnoreQueryFilters().Where(l => l.WorkspaceId == connection.WorkspaceId && skus.Contains(l.Sku))
            .Select(l => new { l.Sku, l.LocationId, l.Available }).ToListAsync(ct)).ToLookup(l => l.Sku, StringComparer.Ordinal);
        var rows = await db.ChannelStocks.IgnoreQueryFilters().Where(s => s.ConnectionId == connection.Id && skus.Contains(s.Sku) && s.ChannelProductId != null).ToListAsync(ct);
        foreach (var row in rows)
        {
            if (!levels.Contains(row.Sku))
            {
                continue; // SFCC's stock of this SKU has not been read yet: nothing is known, so nothing is sent
            }
            var quantity = Offered(rules, levels[row.Sku].Select(l => new LocationStock(l.LocationId, l.Available)));
            if (row.ComputedAt == default || row.Computed != quantity)
            {
                row.Computed = quantity;
                row.ComputedAt = now;
                row.PendingSince = row.Pushed == quantity ? null : row.PendingSince ?? now;
                db.Entry(row).State = EntityState.Modified;
            }
            if (row.PendingSince is not null)
            {
                products.Add(row.ChannelProductId!);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One item per product: added when missing, reopened when it had finished (done or stopped).</summary>
    public async Task<int> QueueAsync(Connection connection, IReadOnlyCollection<string> products, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var queued = 0;
        foreach (var chunk in products.Chunk(Batch))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    queued += await QueueChunkAsync(connection, chunk, now, ct);
                    break;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // A plan beside this one (a manual run and the scheduled one) added some of these items first.
                }
            }
        }
        return queued;
    }

    private async Task<int> QueueChunkAsync(Connection connection, IReadOnlyList<string> chunk, DateTimeOffset now, CancellationToken ct)
    {
        var keys = chunk.Select(Key).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = (await db.WorkItems.IgnoreQueryFilters().Where(w => w.ConnectionId == connection.Id && keys.Contains(w.IdempotencyKey))
            .Select(w => w.IdempotencyKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var queued = await db.WorkItems.IgnoreQueryFilters()
            .Where(w => w.ConnectionId == connection.Id && keys.Contains(w.IdempotencyKey) && (w.State == PushState.Done || w.State == PushState.Blocked))
            .ExecuteUpdateAsync(u => u
                .SetProperty(w => w.State, PushState.Pending)
                .SetProperty(w => w.Attempts, 0)
                .SetProperty(w => w.NextAttemptAt, now)
                .SetProperty(w => w.LastError, (string?)null)
                .SetProperty(w => w.CompletedAt, (DateTimeOffset?)null)
                .SetProperty(w => w.UpdatedAt, now)
                .SetProperty(w => w.Version, w => w.Version + 1), ct);
        foreach (var productId in chunk.Where(p => !existing.Contains(Key(p))))
        {
            db.WorkItems.Add(new WorkItem
            {
                WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Kind = WorkItemKind.TikTokUpdateInventory,
                SubjectId = SubjectOf(connection.Id, productId), IdempotencyKey = Key(productId), State = PushState.Pending,
                NextAttemptAt = now, CreatedAt = now, UpdatedAt = now,
            });
            queued++;
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }
}
