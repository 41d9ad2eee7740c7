using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Features.Orders;

/// <summary>
/// The Orders list's filters as SQL that SQLite answers from an index with a million orders in a workspace. Two shapes:
/// <list type="bullet">
/// <item><b>Walked</b>: the workspace's orders in the page's order (an index on workspace [+ status] + sort column), each
/// row checked against the rest; right when many rows match, as a page is full after a few rows.</item>
/// <item><b>Driven</b>: the few orders a selective condition names (order id range, SKU, open exceptions) found through
/// that condition's index, then sorted; right when few match. Every other condition, the workspace's included, is
/// wrapped in <see cref="SqlHints.Likely"/> so that SQLite, which plans without statistics, does not walk the workspace.
/// The workspace is then written explicitly (the global filter is bypassed, as its plain form would mislead the planner).</item>
/// </list>
/// Which shape fits is decided by counting the driven matches first, which is itself cheap (index only, and capped).
/// </summary>
internal sealed class OrderListQuery(PortalDbContext db, Guid workspaceId, OrderQuery query)
{
    private enum Driver { OrderId, Sku, Exceptions }

    private readonly string? term = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();

    private bool ExceptionFilter => query.ExceptionType is not null || query.HasExceptions == true;

    /// <summary>The matching orders, as the cheaper shape, and how many match, counted up to <paramref name="limit"/> + 1.</summary>
    public async Task<(IQueryable<Order> Orders, int Count)> MatchAsync(int limit, CancellationToken ct)
    {
        if (term is not null)
        {
            // Order ids match by prefix (a full id is its own prefix), SKUs exactly; nearly always only one of them matches.
            var ids = await CountDrivenAsync(Driver.OrderId, limit, ct);
            var skus = await CountDrivenAsync(Driver.Sku, limit, ct);
            if (ids > 0 && skus > 0)
            {
                var both = Walked(byId: true, bySku: true);
                return (both, await CountWalkedAsync(both, limit, ct));
            }
            if (skus == 0)
            {
                return (Driven(Driver.OrderId), ids); // order id matches cluster in time: sorting them beats walking the newest orders
            }
            return (skus <= limit ? Driven(Driver.Sku) : Walked(byId: false, bySku: true), skus);
        }
        if (ExceptionFilter)
        {
            // With no other filter, the exceptions alone say how many orders have one (from their index, without the orders).
            var alone = query is { Status: null, ConnectionId: null, PlacedFrom: null, PlacedTo: null };
            var count = alone
                ? await OpenExceptions().Select(e => e.OrderId).Distinct().OrderBy(id => id).Take(limit + 1).CountAsync(ct)
                : await CountDrivenAsync(Driver.Exceptions, limit, ct);
            return (count <= limit ? Driven(Driver.Exceptions) : Walked(byId: false, bySku: false), count);
        }
        var walked = Walked(byId: false, bySku: false);
        return (walked, await CountWalkedAsync(walked, limit, ct));
    }

    /// <summary>
    /// The page's rows for the given ids, in that order: a lookup by primary key (the workspace stays a condition, not the
    /// way in), with the units, the source's name and the open exceptions counted per row through their own indexes.
    /// </summary>
    public async Task<List<OrderSummary>> RowsAsync(List<Guid> ids, CancellationToken ct)
    {
        var w = workspaceId;
        var rows = await db.Orders.IgnoreQueryFilters()
            .Where(o => SqlHints.Likely(o.WorkspaceId == w) && ids.Contains(o.Id))
            .Select(o => new OrderSummary(o.Id, o.SourceOrderId, o.SourceConnectionId,
                db.Connections.Where(c => c.Id == o.SourceConnectionId && c.WorkspaceId == w).Select(c => c.DisplayName).FirstOrDefault(),
                o.Status, o.SourceStatus, o.PlacedAt, o.UpdatedAt, o.Lines.Sum(l => l.Quantity), o.Total, o.Currency, o.ShippingOptionName,
                db.OrderExceptions.Count(e => e.OrderId == o.Id && e.ResolvedAt == null && e.WorkspaceId == w)))
            .ToListAsync(ct);
        var position = ids.Distinct().Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return [.. rows.OrderBy(r => position[r.Id])];
    }

    // Counting stops at limit + 1 rows. Each count is ordered the way its index already is, so the order costs nothing
    // (an unordered Take would do as well, but EF warns about any Take without OrderBy, and a constant ordering becomes a sort).

    private static Task<int> CountWalkedAsync(IQueryable<Order> walked, int limit, CancellationToken ct) =>
        walked.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).Take(limit + 1).CountAsync(ct);

    private Task<int> CountDrivenAsync(Driver driver, int limit, CancellationToken ct) => driver switch
    {
        Driver.OrderId => Driven(driver).OrderBy(o => o.SourceOrderId).Take(limit + 1).CountAsync(ct),
        Driver.Sku => SkuLines().Join(Filtered(driver), l => l.OrderId, o => o.Id, (l, o) => l.OrderId).OrderBy(id => id).Take(limit + 1).CountAsync(ct),
        _ => Driven(driver).OrderBy(o => o.Id).Take(limit + 1).CountAsync(ct),
    };

    private IQueryable<Order> Driven(Driver driver)
    {
        var orders = Filtered(driver);
        switch (driver)
        {
            case Driver.OrderId:
                return WithOrderIdPrefix(orders);
            case Driver.Sku:
                // A join, not IN (…): SQLite streams the SKU's lines and stops counting at the limit, where IN would first
                // collect every line of a best seller. An order holds a SKU on one line (lines are grouped per SKU).
                return SkuLines().Join(orders, l => l.OrderId, o => o.Id, (l, o) => o);
            default:
                var open = OpenExceptions().Select(e => e.OrderId);
                return orders.Where(o => open.Contains(o.Id));
        }
    }

    private IQueryable<OrderLine> SkuLines() => db.Set<OrderLine>().Where(l => l.Sku == term);

    /// <summary>The workspace and every filter but the driver's, each marked as matching nearly every row.</summary>
    private IQueryable<Order> Filtered(Driver driver)
    {
        var w = workspaceId;
        var orders = db.Orders.IgnoreQueryFilters().Where(o => SqlHints.Likely(o.WorkspaceId == w));
        if (query.Status is { } status)
        {
            orders = orders.Where(o => SqlHints.Likely(o.Status == status));
        }
        if (query.ConnectionId is { } connectionId)
        {
            orders = orders.Where(o => SqlHints.Likely(o.SourceConnectionId == connectionId));
        }
        if (query.PlacedFrom is { } from)
        {
            orders = orders.Where(o => SqlHints.Likely(o.PlacedAt >= from));
        }
        if (query.PlacedTo is { } to)
        {
            orders = orders.Where(o => SqlHints.Likely(o.PlacedAt < to));
        }
        if (driver != Driver.Exceptions && ExceptionFilter)
        {
            var open = OpenExceptions();
            orders = orders.Where(o => SqlHints.Likely(open.Any(e => e.OrderId == o.Id)));
        }
        else if (!ExceptionFilter && query.HasExceptions == false)
        {
            var open = OpenExceptions();
            orders = orders.Where(o => SqlHints.Likely(!open.Any(e => e.OrderId == o.Id)));
        }
        return orders;
    }

    private IQueryable<Order> Walked(bool byId, bool bySku)
    {
        var orders = db.Orders.AsQueryable(); // the workspace filter: SQLite walks the workspace's index in the page's order
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }
        if (query.ConnectionId is { } connectionId)
        {
            orders = orders.Where(o => o.SourceConnectionId == connectionId);
        }
        if (query.PlacedFrom is { } from)
        {
            orders = orders.Where(o => o.PlacedAt >= from);
        }
        if (query.PlacedTo is { } to)
        {
            orders = orders.Where(o => o.PlacedAt < to);
        }
        if (ExceptionFilter)
        {
            var open = OpenExceptions();
            orders = orders.Where(o => open.Any(e => e.OrderId == o.Id));
        }
        else if (query.HasExceptions == false)
        {
            var open = OpenExceptions();
            orders = orders.Where(o => !open.Any(e => e.OrderId == o.Id));
        }
        if (byId && bySku)
        {
            var (first, end) = PrefixRange(term!);
            orders = orders.Where(o => (o.SourceOrderId.CompareTo(first) >= 0 && o.SourceOrderId.CompareTo(end) < 0) || o.Lines.Any(l => l.Sku == term));
        }
        else if (byId)
        {
            orders = WithOrderIdPrefix(orders);
        }
        else if (bySku)
        {
            orders = orders.Where(o => o.Lines.Any(l => l.Sku == term));
        }
        return orders;
    }

    private IQueryable<Order> WithOrderIdPrefix(IQueryable<Order> orders)
    {
        var (first, end) = PrefixRange(term!);
        return orders.Where(o => o.SourceOrderId.CompareTo(first) >= 0 && o.SourceOrderId.CompareTo(end) < 0);
    }

    /// <summary>The workspace's open exceptions (of the filtered type), written with the workspace for the driven shape.</summary>
    private IQueryable<OrderException> OpenExceptions()
    {
        var w = workspaceId;
        var open = db.OrderExceptions.Where(e => e.WorkspaceId == w && e.ResolvedAt == null);
        return query.ExceptionType is { } type ? open.Where(e => e.Type == type) : open;
    }

    /// <summary>Every string starting with <paramref name="prefix"/> is in [first, end): an index range, unlike LIKE 'x%' on SQLite.</summary>
    internal static (string First, string End) PrefixRange(string prefix) =>
        prefix[^1] == char.MaxValue ? (prefix, prefix + "\0") : (prefix, prefix[..^1] + (char)(prefix[^1] + 1));
}
