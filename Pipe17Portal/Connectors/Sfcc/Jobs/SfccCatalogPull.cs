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
/// Reads the whole catalog through SCAPI product-search (200 a page), upserts masters, variants and items by their
/// SFCC product id, and links variants to their masters. A re-run with nothing changed writes nothing.
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
        Connection? connection;
        SfccContext context;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
            var settings = connection is null ? null : SfccConnectionSettings.Read(connection.SettingsJson);
            if (connection is null || settings is null || connection.Status != ConnectionStatus.Connected || !(settings.PullCatalog || settings.ForceCatalogResync))
            {
                logger.LogInformation("SFCC catalog pull skipped for {ConnectionId}: not connected or the pull is off.", connectionId);
                return;
            }
            context = await link.ContextAsync(db, connection, settings, ct);
        }

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
            var (created, updated) = await UpsertAsync(connection, hits, token);
            counts.Processed = hits.Count;
            counts.Succeeded = hits.Count;
            logger.LogInformation("SFCC catalog pull for {ConnectionId}: {Count} products, {Created} new, {Updated} changed.", connection.Id, hits.Count, created, updated);
            await SwitchOffForcedResyncAsync(connection.Id, token);
            if (created + updated > 0)
            {
                // New or changed products: the channels link their SKUs again (the inventory pull reads new SKUs' stock by itself).
                await inventory.NotifyAsync(connection.WorkspaceId, full: true, token);
            }
        }, ct);
    }

    private async Task<(int Created, int Updated)> UpsertAsync(Connection connection, IReadOnlyList<ScapiProduct> hits, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await UpsertOnceAsync(connection, hits, ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another pull of the same connection (a manual run beside the scheduled one) inserted some products
                // first: start over from what is stored now, so those become updates.
            }
        }
    }

    private async Task<(int Created, int Updated)> UpsertOnceAsync(Connection connection, IReadOnlyList<ScapiProduct> hits, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var existing = await db.Products.IgnoreQueryFilters().Where(p => p.SourceConnectionId == connection.Id).ToDictionaryAsync(p => p.SourceProductId, ct);
        int created = 0, updated = 0, pending = 0;

        foreach (var hit in hits)
        {
            var name = hit.Name?.Default ?? hit.Id;
            var isMaster = hit.Type?.Master == true;
            if (!existing.TryGetValue(hit.Id, out var product))
            {
                product = new Product
                {
                    WorkspaceId = connection.WorkspaceId, Sku = hit.Id, Name = name, IsMaster = isMaster, SourceConnectionId = connection.Id,
                    SourceProductId = hit.Id, Price = hit.Price, Currency = hit.PriceCurrency, UpdatedAt = now,
                };
                existing[hit.Id] = product;
                db.Products.Add(product);
                created++;
                pending++;
            }
            else if (product.Name != name || product.IsMaster != isMaster || product.Price != hit.Price || product.Currency != hit.PriceCurrency)
            {
                product.Name = name;
                product.IsMaster = isMaster;
                product.Price = hit.Price;
                product.Currency = hit.PriceCurrency;
                product.UpdatedAt = now;
                db.Entry(product).State = EntityState.Modified;
                updated++;
                pending++;
            }
            if (pending >= SaveBatch)
            {
                await db.SaveChangesAsync(ct);
                pending = 0;
            }
        }
        await db.SaveChangesAsync(ct);

        // Variants point at their masters once every product has a local id.
        foreach (var hit in hits.Where(h => h.Type?.Variant == true && h.Master?.MasterId is not null))
        {
            var variant = existing[hit.Id];
            var parentId = existing.TryGetValue(hit.Master!.MasterId!, out var master) ? master.Id : (Guid?)null;
            if (variant.ParentId != parentId)
            {
                variant.ParentId = parentId;
                db.Entry(variant).State = EntityState.Modified;
            }
        }
        await db.SaveChangesAsync(ct);
        return (created, updated);
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
