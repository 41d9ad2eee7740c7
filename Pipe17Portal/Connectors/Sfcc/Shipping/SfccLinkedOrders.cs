using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>A page's SFCC orders that the portal pushed (linked by order number), each with its portal order and lines.</summary>
public sealed record SfccLinkedOrder(ScapiOrder Sfcc, Order Order, IReadOnlyDictionary<string, string> SkuByProductId)
{
    /// <summary>The shipments, with lines named by the portal's SKUs (the SFCC product id when no line maps to it).</summary>
    public IReadOnlyList<SfccShipmentFacts> Shipments() => SfccShipments.Read(Sfcc, id => SkuByProductId.GetValueOrDefault(id));
}

/// <summary>Finds the portal orders behind a page of SFCC orders; orders the portal did not push are left out.</summary>
public sealed class SfccLinkedOrders(SfccSkuResolver skus)
{
    public async Task<IReadOnlyList<SfccLinkedOrder>> FindAsync(PortalDbContext db, Connection connection, IReadOnlyList<ScapiOrder> page, CancellationToken ct)
    {
        var numbers = page.Select(o => o.OrderNo).Distinct().ToList();
        var links = await db.ExternalLinks.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.ConnectionId == connection.Id && l.EntityType == ExternalLink.OrderEntity && numbers.Contains(l.ExternalId))
            .Select(l => new { l.ExternalId, l.LocalId }).ToListAsync(ct);
        if (links.Count == 0)
        {
            return [];
        }
        var ids = links.Select(l => l.LocalId).ToList();
        var orders = await db.Orders.IgnoreQueryFilters().AsNoTracking().Include(o => o.Lines)
            .Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var byNumber = links.Where(l => orders.ContainsKey(l.LocalId)).ToDictionary(l => l.ExternalId, l => orders[l.LocalId], StringComparer.Ordinal);
        List<SfccLinkedOrder> linked = [];
        foreach (var sfcc in page.Where(o => byNumber.ContainsKey(o.OrderNo)).DistinctBy(o => o.OrderNo))
        {
            var order = byNumber[sfcc.OrderNo];
            // The push sent each line under its SFCC product id; read SFCC's lines back under the portal's SKUs.
            var resolved = await skus.ResolveAsync(db, order.WorkspaceId, connection.Id, order, ct);
            var skuByProduct = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (sku, productId) in resolved.ProductIdBySku)
            {
                skuByProduct.TryAdd(productId, sku);
            }
            linked.Add(new SfccLinkedOrder(sfcc, order, skuByProduct));
        }
        return linked;
    }
}
