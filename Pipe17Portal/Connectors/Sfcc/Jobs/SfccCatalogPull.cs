using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Jobs;

/// <summary>
/// Reads the whole catalog: SCAPI product-search (200 a page) for masters and items, then each master's variations
/// (<see cref="SfccVariationReader"/>); upserts them by their SFCC product id, links variants to their masters, and marks
/// products SFCC no longer has as removed (<see cref="Product.RemovedAt"/>). A failed page fails the run before anything is
/// written, so a partial read never marks a product removed. A re-run with nothing changed writes nothing.
/// </summary>
public sealed class SfccCatalogPull(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccLink link,
    SfccClientFactory clients,
    SyncRunRecorder recorder,
    Domain.Inventory.InventoryChanges inventory,
    TimeProvider clock,
    ILogger<SfccCatalogPull> logger)
{
    public const string Flow = "SFCC catalog pull";
    private const int SaveBatch = 1_000;

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        SfccFlowStart? start;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            start = await link.StartAsync(db, connectionId, s => s.PullCatalog || s.ForceCatalogResync, ct);
        }
        if (start is null)
        {
            logger.LogInformation("SFCC catalog pull skipped for {ConnectionId}: not connected or the pull is off.", connectionId);
            return;
        }
        var (connection, _, context) = start;

        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            var client = clients.For(context);
            var hits = new List<ScapiProduct>();
            var pages = 0;
            await foreach (var page in client.Products.SearchAllAsync(ct: token))
            {
                if (!page.IsSuccess)
                {
                    throw new InvalidOperationException(page.Error.ToString());
                }
                hits.AddRange(page.Data.Hits);
                counts.Expected = page.Data.Total;
                counts.Processed = hits.Count;
                if (++pages % 10 == 0)
                {
                    await counts.CheckpointAsync(token); // progress for the connection page
                }
            }

            var items = await WithVariantsAsync(client.Products, hits, counts, token);
            var (created, updated, removed, restored) = await UpsertAsync(connection, items, token);
            counts.Expected = items.Count;
            counts.Processed = items.Count;
            counts.Succeeded = items.Count;
            logger.LogInformation("SFCC catalog pull for {ConnectionId}: {Count} products, {Created} new, {Updated} changed, {Removed} removed from SFCC, {Restored} back in SFCC.",
                connection.Id, items.Count, created, updated, removed, restored);
            await SwitchOffForcedResyncAsync(connection.Id, token);
            if (created + updated > 0)
            {
                // New or changed products: the channels link their SKUs again (the inventory pull reads new SKUs' stock by itself).
                await inventory.NotifyAsync(connection.WorkspaceId, full: true, token);
            }
        }, ct);
    }

    /// <summary>
    /// The search's products plus every variant of its masters (read through the variations endpoint), each once. A variant
    /// that came as a search hit of its own keeps that hit's name; either way it is linked to its master.
    /// </summary>
    private static async Task<List<SfccCatalogItem>> WithVariantsAsync(SfccProductsClient products, List<ScapiProduct> hits, SyncRunCounts counts, CancellationToken ct)
    {
        var items = new Dictionary<string, SfccCatalogItem>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            items[hit.Id] = new SfccCatalogItem(hit.Id, hit.Name?.Default ?? hit.Id, hit.Type?.Master == true,
                hit.Type?.Variant == true ? hit.Master?.MasterId : null, hit.Price, hit.PriceCurrency);
        }
        var masters = hits.Where(h => h.Type?.Master == true).ToList();
        var progress = new object();
        var variants = await SfccVariationReader.ReadAsync(products, masters, found =>
        {
            lock (progress)
            {
                counts.Expected += found;
                counts.Processed += found;
            }
        }, ct);
        await counts.CheckpointAsync(ct);
        foreach (var variant in variants)
        {
            items[variant.Id] = items.TryGetValue(variant.Id, out var hit) && hit.Name != hit.Id
                ? variant with { Name = hit.Name }
                : variant;
        }
        return [.. items.Values];
    }

    private async Task<(int Created, int Updated, int Removed, int Restored)> UpsertAsync(Connection connection, IReadOnlyList<SfccCatalogItem> items, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await UpsertOnceAsync(connection, items, ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another pull of the same connection (a manual run beside the scheduled one) inserted some products
                // first: start over from what is stored now, so those become updates.
            }
        }
    }

    /// <summary>
    /// Upserts by SFCC product id, links variants to masters, and, because <paramref name="items"/> is the whole catalog
    /// (only a pull that read every page and every master's variations gets here), marks the connection's products SFCC no
    /// longer has as removed and clears the mark of those that came back.
    /// </summary>
    private async Task<(int Created, int Updated, int Removed, int Restored)> UpsertOnceAsync(Connection connection, IReadOnlyList<SfccCatalogItem> items, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var existing = await db.Products.IgnoreQueryFilters().Where(p => p.SourceConnectionId == connection.Id).ToDictionaryAsync(p => p.SourceProductId, ct);
        int created = 0, updated = 0, removed = 0, restored = 0, pending = 0;

        foreach (var item in items)
        {
            if (!existing.TryGetValue(item.Id, out var product))
            {
                product = new Product
                {
                    WorkspaceId = connection.WorkspaceId, Sku = item.Id, Name = item.Name, IsMaster = item.IsMaster, SourceConnectionId = connection.Id,
                    SourceProductId = item.Id, Price = item.Price, Currency = item.Currency, UpdatedAt = now,
                };
                existing[item.Id] = product;
                db.Products.Add(product);
                created++;
                pending++;
            }
            else if (product.Name != item.Name || product.IsMaster != item.IsMaster || product.Price != item.Price || product.Currency != item.Currency || product.RemovedAt is not null)
            {
                restored += product.RemovedAt is null ? 0 : 1;
                updated += product.RemovedAt is null ? 1 : 0;
                product.Name = item.Name;
                product.IsMaster = item.IsMaster;
                product.Price = item.Price;
                product.Currency = item.Currency;
                product.RemovedAt = null;
                product.UpdatedAt = now;
                db.Entry(product).State = EntityState.Modified;
                pending++;
            }
            if (pending >= SaveBatch)
            {
                await db.SaveChangesAsync(ct);
                pending = 0;
            }
        }

        var inCatalog = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in existing.Values.Where(p => p.RemovedAt is null && !inCatalog.Contains(p.SourceProductId)))
        {
            gone.RemovedAt = now;
            gone.UpdatedAt = now;
            db.Entry(gone).State = EntityState.Modified;
            removed++;
        }
        await db.SaveChangesAsync(ct);

        // Variants point at their masters once every product has a local id.
        foreach (var item in items.Where(i => i.MasterId is not null))
        {
            var variant = existing[item.Id];
            var parentId = existing.TryGetValue(item.MasterId!, out var master) ? master.Id : (Guid?)null;
            if (variant.ParentId != parentId)
            {
                variant.ParentId = parentId;
                db.Entry(variant).State = EntityState.Modified;
            }
        }
        await db.SaveChangesAsync(ct);
        return (created, updated, removed, restored);
    }

    private async Task SwitchOffForcedResyncAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId, ct);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        if (settings.ForceCatalogResync)
        {
            connection.SettingsJson = (settings with { ForceCatalogResync = false }).Write();
            await db.SaveChangesAsync(ct);
        }
    }
}
