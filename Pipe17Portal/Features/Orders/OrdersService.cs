using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Orders;

public sealed class OrdersService(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current) : IOrdersApi
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<OrderSummary>> ListAsync(OrderQuery query, CancellationToken ct = default)
    {
        await current.RequireAsync();
        var check = new InputCheck();
        if (query.Page < 1)
        {
            check.Add("page", "page starts at 1.");
        }
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            check.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }
        if (query.PlacedFrom > query.PlacedTo)
        {
            check.Add("placedFrom", "placedFrom must be before placedTo.");
        }
        check.ThrowIfInvalid();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = Filter(db, db.Orders.AsNoTracking(), query);
        var total = await orders.CountAsync(ct);
        var page = await Sort(orders, query)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(o => new OrderSummary(o.Id, o.SourceOrderId, o.SourceConnectionId,
                db.Connections.Where(c => c.Id == o.SourceConnectionId).Select(c => c.DisplayName).FirstOrDefault(),
                o.Status, o.SourceStatus, o.PlacedAt, o.UpdatedAt, o.Lines.Sum(l => l.Quantity), o.Total, o.Currency, o.ShippingOptionName,
                db.OrderExceptions.Count(e => e.OrderId == o.Id && e.ResolvedAt == null)))
            .ToListAsync(ct);
        return new PagedResult<OrderSummary>(page, total, query.Page, query.PageSize);
    }

    public async Task<OrderDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.Events)
            .SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw ApiProblemException.NotFound("The order");
        var connection = await db.Connections.Where(c => c.Id == order.SourceConnectionId).Select(c => c.DisplayName).FirstOrDefaultAsync(ct);
        var a = order.ShippingAddress;
        return new OrderDetail(
            new OrderSummary(order.Id, order.SourceOrderId, order.SourceConnectionId, connection, order.Status, order.SourceStatus,
                order.PlacedAt, order.UpdatedAt, order.Lines.Sum(l => l.Quantity), order.Total, order.Currency, order.ShippingOptionName,
                await db.OrderExceptions.CountAsync(e => e.OrderId == order.Id && e.ResolvedAt == null, ct)),
            order.PaidAt, order.HoldUntil, order.Subtotal, order.ShippingFee, order.Tax, order.Discount, order.PaymentMethod,
            order.ShippingOptionId, order.BuyerEmail, order.BuyerReference, order.CanceledAt, order.CanceledBy, order.CancelReason,
            new ShippingAddressInfo(a.Name, a.Phone, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode, a.FullAddress),
            [.. order.Lines.OrderBy(l => l.Sku, StringComparer.Ordinal).Select(l => new OrderLineInfo(l.Sku, l.Name, l.VariantName, l.Quantity, l.CanceledQuantity, l.UnitPrice, l.Discount, l.Total))],
            [.. order.Events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => new OrderEventInfo(e.Id, e.At, e.Kind, e.Message, e.Payload is not null))]);
    }

    public async Task<string> GetSourcePayloadAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Orders.Where(o => o.Id == id).Select(o => o.SourcePayload).SingleOrDefaultAsync(ct)
            ?? throw ApiProblemException.NotFound("The order");
    }

    public async Task<string> GetEventPayloadAsync(Guid id, Guid eventId, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Joined through the order so the workspace filter applies to the event too.
        var payload = await db.Orders.Where(o => o.Id == id).SelectMany(o => o.Events).Where(e => e.Id == eventId)
            .Select(e => new { e.Payload }).SingleOrDefaultAsync(ct) ?? throw ApiProblemException.NotFound("The timeline entry");
        return payload.Payload ?? throw ApiProblemException.NotFound("A payload for this timeline entry");
    }

    private static IQueryable<Order> Filter(PortalDbContext db, IQueryable<Order> orders, OrderQuery query)
    {
        if (query.ExceptionType is { } type)
        {
            orders = orders.Where(o => db.OrderExceptions.Any(e => e.OrderId == o.Id && e.ResolvedAt == null && e.Type == type));
        }
        else if (query.HasExceptions is { } has)
        {
            orders = orders.Where(o => db.OrderExceptions.Any(e => e.OrderId == o.Id && e.ResolvedAt == null) == has);
        }
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
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            orders = orders.Where(o => o.SourceOrderId == term || o.SourceOrderId.StartsWith(term) || o.Lines.Any(l => l.Sku == term));
        }
        return orders;
    }

    private static IQueryable<Order> Sort(IQueryable<Order> orders, OrderQuery query) => (query.Sort, query.Descending) switch
    {
        (OrderSort.UpdatedAt, true) => orders.OrderByDescending(o => o.UpdatedAt).ThenByDescending(o => o.Id),
        (OrderSort.UpdatedAt, false) => orders.OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id),
        (OrderSort.Total, true) => orders.OrderByDescending(o => (double)o.Total).ThenByDescending(o => o.Id),
        (OrderSort.Total, false) => orders.OrderBy(o => (double)o.Total).ThenBy(o => o.Id),
        (OrderSort.SourceOrderId, true) => orders.OrderByDescending(o => o.SourceOrderId),
        (OrderSort.SourceOrderId, false) => orders.OrderBy(o => o.SourceOrderId),
        (_, false) => orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id),
        _ => orders.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id),
    };
}
