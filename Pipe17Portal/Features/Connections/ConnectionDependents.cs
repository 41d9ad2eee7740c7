using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Connections;

/// <summary>
/// What would be lost or left dangling if a connection were removed: orders and products it brought in, orders it
/// pushed (their later cancellations and shipments go through the link), shipments read from it, and changes still
/// waiting to be sent. Each entry is a phrase for the merchant; none means the connection can go.
/// </summary>
public static class ConnectionDependents
{
    public static async Task<IReadOnlyList<string>> FindAsync(PortalDbContext db, Guid connectionId, CancellationToken ct)
    {
        var found = new List<string>();
        void Add(int count, string what)
        {
            if (count > 0)
            {
                found.Add($"{count} {what}");
            }
        }

        Add(await db.Orders.CountAsync(o => o.SourceConnectionId == connectionId, ct), "order(s) imported from it");
        Add(await db.Products.CountAsync(p => p.SourceConnectionId == connectionId, ct), "catalog product(s) pulled from it");
        Add(await db.ExternalLinks.CountAsync(l => l.ConnectionId == connectionId && l.EntityType == ExternalLink.OrderEntity, ct),
            "order(s) sent to it, whose cancellations and shipments still go through it");
        Add(await db.ShippingRequests.CountAsync(r => r.ConnectionId == connectionId, ct)
            + await db.Fulfillments.CountAsync(f => f.ConnectionId == connectionId, ct), "shipping request(s) and fulfillment(s) read from it");
        Add(await db.WorkItems.CountAsync(w => w.ConnectionId == connectionId && w.CompletedAt == null, ct), "change(s) still waiting to be sent through it");
        return found;
    }
}
