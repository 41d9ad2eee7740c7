using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Each line's SFCC product id, or the problems of the lines that have none.</summary>
public sealed record SkuResolution(IReadOnlyDictionary<string, string> ProductIdBySku, IReadOnlyList<OrderProblemInfo> Problems);

/// <summary>
/// Setup guide Step 5: a line's SFCC product id is the Channel SKU on the Salesforce row of the product's Channel Options,
/// else its master SKU — matched exactly (case and spaces count). The id must also be a product read from this SFCC
/// instance and still in its catalog (a product the last complete pull no longer found is removed: its orders stop with
/// <see cref="OrderExceptionType.ProductRemoved"/> rather than being refused by SFCC); near misses are named, never linked. Scoped to one batch of the push: each SKU is looked up once per batch.
/// </summary>
public sealed class SfccSkuResolver
{
    /// <summary>A SKU's outcome: the SFCC product id, or the problem that stops its orders.</summary>
    private sealed record SkuOutcome(string? ProductId, OrderProblemInfo? Problem);

    private readonly ConcurrentDictionary<(Guid Workspace, Guid Connection, string Sku), SkuOutcome> known = new();

    public async Task<SkuResolution> ResolveAsync(PortalDbContext db, Guid workspaceId, Guid sfccConnectionId, Order order, CancellationToken ct)
    {
        var skus = order.Lines.Where(l => l.WantedQuantity > 0).Select(l => l.Sku).Distinct().ToList();
        var missing = skus.Where(s => !known.ContainsKey((workspaceId, sfccConnectionId, s))).ToList();
        if (missing.Count > 0)
        {
            foreach (var (sku, outcome) in await LookUpAsync(db, workspaceId, sfccConnectionId, missing, ct))
            {
                known[(workspaceId, sfccConnectionId, sku)] = outcome;
            }
        }
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<OrderProblemInfo>();
        foreach (var sku in skus)
        {
            var outcome = known[(workspaceId, sfccConnectionId, sku)];
            if (outcome.ProductId is { } id)
            {
                ids[sku] = id;
            }
            else
            {
                problems.Add(outcome.Problem!);
            }
        }
        return new SkuResolution(ids, problems);
    }

    private static async Task<Dictionary<string, SkuOutcome>> LookUpAsync(PortalDbContext db, Guid workspaceId, Guid sfccConnectionId, List<string> skus, CancellationToken ct)
    {
        var products = await db.Products.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && skus.Contains(p.Sku))
            .Select(p => new { p.Id, p.Sku, p.SourceConnectionId, p.SourceProductId, p.IsMaster, Removed = p.RemovedAt != null })
            .ToListAsync(ct);
        var productIds = products.Select(p => p.Id).ToList();
        var channelSkus = await db.ChannelOptions.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.ConnectionId == sfccConnectionId && productIds.Contains(o.ProductId) && o.ChannelSku != null)
            .ToDictionaryAsync(o => o.ProductId, o => o.ChannelSku!, ct);

        var outcomes = new Dictionary<string, SkuOutcome>(StringComparer.Ordinal);
        var wanted = new Dictionary<string, (string ProductId, Guid PortalProductId)>(StringComparer.Ordinal);
        foreach (var sku in skus)
        {
            // Exact, ordinal: SQLite's = is case-sensitive, but say it here too.
            // A product still in a catalog wins over a removed one of the same SKU.
            var product = products.Where(p => string.Equals(p.Sku, sku, StringComparison.Ordinal)).OrderBy(p => p.Removed).ThenBy(p => p.IsMaster).FirstOrDefault();
            if (product is null)
            {
                var near = await NearMissAsync(db, workspaceId, sku, ct);
                outcomes[sku] = new(null, OrderProblems.UnknownSku(sku, "the portal", near?.Sku, near is null ? $"/products?search={Uri.EscapeDataString(sku.Trim())}" : $"/products/{near.Value.Id}"));
                continue;
            }
            wanted[sku] = (channelSkus.TryGetValue(product.Id, out var channelSku) ? channelSku : product.Sku, product.Id);
        }

        // The id must name a product of this SFCC instance (its catalog as last pulled).
        var ids = wanted.Values.Select(w => w.ProductId).Distinct().ToList();
        var inCatalog = (await db.Products.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && p.SourceConnectionId == sfccConnectionId && ids.Contains(p.SourceProductId))
            .Select(p => new { p.SourceProductId, p.RemovedAt }).ToListAsync(ct)).ToDictionary(p => p.SourceProductId, p => p.RemovedAt, StringComparer.Ordinal);
        foreach (var (sku, (productId, portalProductId)) in wanted)
        {
            outcomes[sku] = !inCatalog.TryGetValue(productId, out var removedAt)
                ? new(null, OrderProblems.UnknownSku(productId, "Salesforce (not in the catalog pulled from this instance)", null, $"/products/{portalProductId}") with
                {
                    Message = productId == sku
                        ? $"SKU '{sku}' is not a product of this Salesforce instance."
                        : $"SKU '{sku}' maps to Salesforce product '{productId}' (its Channel SKU), which is not a product of this Salesforce instance.",
                })
                : removedAt is { } when
                    ? new(null, OrderProblems.ProductRemoved(sku, productId, when, portalProductId))
                    : new(productId, null);
        }
        return outcomes;
    }

    private static async Task<(Guid Id, string Sku)?> NearMissAsync(PortalDbContext db, Guid workspaceId, string sku, CancellationToken ct)
    {
        var folded = sku.Trim().ToLower();
        var near = await db.Products.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && p.RemovedAt == null && p.Sku.Trim().ToLower() == folded)
            .OrderBy(p => p.IsMaster)
            .Select(p => new { p.Id, p.Sku })
            .FirstOrDefaultAsync(ct);
        return near is null ? null : (near.Id, near.Sku);
    }
}
