using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>
/// The merchant's side of Inventory to TikTok Shop: the connection's rules (saving recomputes every SKU), a preview of what
/// rules being edited would send, reconciliation of TikTok's current quantities with the portal's, a forced re-push, and a
/// product's stock per location with what each channel was sent.
/// </summary>
public sealed class TikTokInventoryService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    TikTokShopLink shop,
    TikTokInventoryPlanner planner,
    InventoryPushSignal signal,
    ConnectionJobs jobs,
    TimeProvider clock) : IInventoryApi
{
    public const int MaxPreviewSkus = 50;
    private const int InventorySearchProducts = 100;

    public async Task<InventoryRulesView> GetRulesAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RulesViewAsync(db, await FindAsync(db, id, ct), ct);
    }

    public async Task<InventoryRulesView> SaveRulesAsync(Guid id, InventoryRulesUpdate update, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing inventory rules");
        var rules = Validate(update);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        SettingsVersion.Require(connection, update.Version);
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        var stored = new TikTokInventoryRules
        {
            CountedLocations = rules.CountedLocations, BufferUnits = rules.BufferUnits, BufferPercent = rules.BufferPercent, OutOfStockThreshold = rules.OutOfStockThreshold,
        };
        if (stored != settings.InventoryRules)
        {
            audit.Record(db, me, "Connection setting changed", connection, "Inventory rules", Describe(settings.InventoryRules) + " → " + Describe(stored));
            connection.SettingsJson = (settings with { InventoryRules = stored }).Write();
            connection.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            // Every SKU's quantity may change under new rules.
            signal.Raise(connection.Id, full: true);
            await jobs.TriggerAsync(TikTokInventoryPushJob.Flow, connection.Id, ct);
        }
        return await RulesViewAsync(db, connection, ct);
    }

    public async Task<IReadOnlyList<InventoryPreviewRow>> PreviewAsync(Guid id, InventoryPreviewRequest request, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var rules = Validate(request.Rules ?? throw ApiProblemException.Invalid("rules", "Send the rules to preview: counted locations, buffer units and percent, out-of-stock threshold."));
        var skus = (request.Skus ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (skus.Count is 0 or > MaxPreviewSkus)
        {
            throw ApiProblemException.Invalid("skus", $"Name 1 to {MaxPreviewSkus} SKUs to preview; {skus.Count} were given.");
        }
        var currentRules = TikTokConnectionSettings.Read(connection.SettingsJson).InventoryRules.ToRules();
        var levels = (await db.InventoryLevels.Where(l => skus.Contains(l.Sku)).AsNoTracking().ToListAsync(ct)).ToLookup(l => l.Sku, StringComparer.Ordinal);
        var stocks = await db.ChannelStocks.Where(s => s.ConnectionId == connection.Id && skus.Contains(s.Sku)).AsNoTracking().ToDictionaryAsync(s => s.Sku, StringComparer.Ordinal, ct);
        return [.. skus.Select(sku =>
        {
            var stock = levels[sku].Select(l => new LocationStock(l.LocationId, l.Available)).ToList();
            var row = stocks.GetValueOrDefault(sku);
            return new InventoryPreviewRow(sku, stock.Count > 0, row?.ChannelProductId is not null,
                [.. levels[sku].OrderBy(l => l.LocationId, StringComparer.Ordinal).Select(l => new InventoryLocationLevel(l.LocationId, l.Available, l.ChangedAt))],
                TikTokInventoryPlanner.Offered(rules, stock), TikTokInventoryPlanner.Offered(currentRules, stock), row?.Pushed);
        })];
    }

    public async Task<InventoryReconciliation> ReconcileAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        Connection connection;
        Dictionary<string, ChannelStock> rows;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            connection = await FindAsync(db, id, ct);
            rows = await db.ChannelStocks.Where(s => s.ConnectionId == connection.Id).AsNoTracking().ToDictionaryAsync(s => s.Sku, StringComparer.Ordinal, ct);
        }
        var onTikTok = await TikTokQuantitiesAsync(connection, ct);
        var drift = new List<InventoryDrift>();
        foreach (var sku in onTikTok.OrderBy(s => s.SellerSku, StringComparer.Ordinal))
        {
            var row = rows.GetValueOrDefault(sku.SellerSku);
            if (row?.ChannelSkuId != sku.SkuId)
            {
                drift.Add(new(sku.SellerSku, sku.ProductId, sku.SkuId, sku.Quantity, null, null, null, InventoryDriftCause.UnlinkedSku,
                    "No product here has this seller SKU (or it was removed in Salesforce), so its quantity is not managed: fix the SKU on TikTok or in Salesforce."));
            }
            else if (sku.Quantity != row.Computed && row.ComputedAt != default)
            {
                var (cause, explanation) = row switch
                {
                    { PendingSince: not null, LastError: { } error } => (InventoryDriftCause.RejectedUpdate, error),
                    { PendingSince: not null } => (InventoryDriftCause.NotYetSent, "The new quantity is queued and goes out with the next push."),
                    _ => (InventoryDriftCause.EditedOnTikTok, $"TikTok accepted {row.Pushed} from the portal but now shows {sku.Quantity}: it was changed on TikTok. Re-push to restore it."),
                };
                drift.Add(new(sku.SellerSku, sku.ProductId, sku.SkuId, sku.Quantity, row.Computed, row.Pushed, row.PushedAt, cause, explanation));
            }
        }
        return new InventoryReconciliation(clock.GetUtcNow(), onTikTok.Count, drift);
    }

    public async Task<InventoryRepushResult> RepushAsync(Guid id, InventoryRepushRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Re-pushing inventory");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var skus = (request.Skus ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (skus.Count == 0)
        {
            throw ApiProblemException.Invalid("skus", "Name the SKUs to send again (from the reconciliation's list).");
        }
        var now = clock.GetUtcNow();
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in skus.Chunk(2_000))
        {
            // Forced: marked as not in step even if TikTok accepted this quantity before.
            await db.ChannelStocks.Where(s => s.ConnectionId == connection.Id && chunk.Contains(s.Sku) && s.ChannelProductId != null && s.ComputedAt != default)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.PendingSince, now), ct);
            products.UnionWith(await db.ChannelStocks.Where(s => s.ConnectionId == connection.Id && chunk.Contains(s.Sku) && s.ChannelProductId != null && s.ComputedAt != default)
                .Select(s => s.ChannelProductId!).ToListAsync(ct));
        }
        if (products.Count == 0)
        {
            throw ApiProblemException.Invalid("skus", "None of these SKUs is linked to TikTok with a known quantity, so there is nothing to send. Check their seller SKUs.");
        }
        await planner.QueueAsync(connection, products, ct);
        audit.Record(db, me, "Inventory re-pushed", connection, "SKUs", string.Join(", ", skus.Take(20)) + (skus.Count > 20 ? $" and {skus.Count - 20} more" : ""));
        await db.SaveChangesAsync(ct);
        await jobs.TriggerAsync(TikTokInventoryPushJob.Flow, connection.Id, ct);
        return new InventoryRepushResult(products.Count, $"{skus.Count} SKU(s) in {products.Count} TikTok product(s) are being sent again.");
    }

    public async Task<ProductInventory> GetProductInventoryAsync(Guid productId, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sku = await db.Products.Where(p => p.Id == productId).Select(p => p.Sku).SingleOrDefaultAsync(ct) ?? throw ApiProblemException.NotFound("The product");
        var levels = await db.InventoryLevels.Where(l => l.Sku == sku).AsNoTracking().OrderBy(l => l.LocationId).ToListAsync(ct);
        var channels = await db.ChannelStocks.Where(s => s.Sku == sku)
            .Join(db.Connections, s => s.ConnectionId, c => c.Id, (s, c) => new { Stock = s, c.DisplayName })
            .AsNoTracking().ToListAsync(ct);
        return new ProductInventory(sku,
            [.. levels.Select(l => new InventoryLocationLevel(l.LocationId, l.Available, l.ChangedAt))],
            [.. channels.Select(c => new ChannelStockInfo(c.Stock.ConnectionId, c.DisplayName, c.Stock.ChannelProductId is not null, c.Stock.Computed,
                c.Stock.ComputedAt == default ? null : c.Stock.ComputedAt, c.Stock.Pushed, c.Stock.PushedAt, c.Stock.PendingSince, c.Stock.LastError, c.Stock.LastErrorAt))]);
    }

    private sealed record TikTokSkuQuantity(string SellerSku, string ProductId, string SkuId, int Quantity);

    /// <summary>TikTok's quantities now: the shop's products, then their inventory (inventory search, 100 products a call).</summary>
    private async Task<List<TikTokSkuQuantity>> TikTokQuantitiesAsync(Connection connection, CancellationToken ct)
    {
        var client = await shop.ClientAsync(connection, ct);
        var productIds = new List<string>();
        string? token = null;
        do
        {
            var page = await client.SearchProductsAsync(new TikTokProductSearchFilter { Status = "ALL" }, 100, token, ct);
            if (!page.IsSuccess)
            {
                throw ApiProblemException.Conflict($"TikTok did not list the shop's products: {page.Error.Message}. Try again in a moment.");
            }
            productIds.AddRange(page.Data.Products.Select(p => p.Id));
            token = string.IsNullOrEmpty(page.Data.NextPageToken) ? null : page.Data.NextPageToken;
        }
        while (token is not null);
        var quantities = new List<TikTokSkuQuantity>();
        foreach (var chunk in productIds.Distinct().Chunk(InventorySearchProducts))
        {
            var inventory = await client.SearchInventoryAsync(new TikTokInventorySearchRequest { ProductIds = chunk }, ct);
            if (!inventory.IsSuccess)
            {
                throw ApiProblemException.Conflict($"TikTok did not answer the inventory search: {inventory.Error.Message}. Try again in a moment.");
            }
            quantities.AddRange(inventory.Data.SelectMany(p => p.Skus.Where(s => !string.IsNullOrEmpty(s.SellerSku))
                .Select(s => new TikTokSkuQuantity(s.SellerSku!, p.ProductId, s.Id, s.TotalAvailableQuantity ?? s.WarehouseInventory.Sum(w => w.AvailableQuantity ?? 0)))));
        }
        return quantities;
    }

    private static InventoryRules Validate(InventoryRulesUpdate update)
    {
        var rules = new InventoryRules([.. (update.CountedLocations ?? []).Select(l => l?.Trim() ?? "")], update.BufferUnits, update.BufferPercent, update.OutOfStockThreshold);
        var problems = rules.Problems();
        if (problems.Count > 0)
        {
            throw ApiProblemException.Invalid(new Dictionary<string, string[]> { ["rules"] = [.. problems] });
        }
        return rules;
    }

    private static string Describe(TikTokInventoryRules r) =>
        $"locations {(r.CountedLocations.Count == 0 ? "all" : string.Join("+", r.CountedLocations))}, buffer {r.BufferUnits} units and {r.BufferPercent}%, sold out at {r.OutOfStockThreshold}";

    private static async Task<InventoryRulesView> RulesViewAsync(PortalDbContext db, Connection connection, CancellationToken ct)
    {
        var rules = TikTokConnectionSettings.Read(connection.SettingsJson).InventoryRules;
        var known = await db.InventoryLevels.Select(l => l.LocationId).Distinct().OrderBy(l => l).ToListAsync(ct);
        return new InventoryRulesView(connection.Id, rules.CountedLocations, rules.BufferUnits, rules.BufferPercent, rules.OutOfStockThreshold, known, connection.Version);
    }

    private static async Task<Connection> FindAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw ApiProblemException.NotFound("The connection");
        return connection.Kind == ConnectorKind.TikTokShop ? connection : throw ApiProblemException.NotFound("A TikTok Shop connection with this id");
    }
}
