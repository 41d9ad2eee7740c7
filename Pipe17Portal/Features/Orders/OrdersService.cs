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

    /// <summary>
    /// Counting stops this many orders past the page's first row, and the page then says "10,000+": an exact count of a
    /// million orders would cost more than the page itself. Paging further moves the limit along.
    /// </summary>
    public const int CountLimit = 10_000;

    public async Task<PagedResult<OrderSummary>> ListAsync(OrderQuery query, CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var check = new InputCheck();
        if (query.Page < 1)
        {
            check.Add("page", "page starts at 1.");
        }
        else if ((long)(query.Page - 1) * MaxPageSize > int.MaxValue - CountLimit - MaxPageSize)
        {
            check.Add("page", "page is too far; narrow the list with filters or reverse the sort.");
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
        var skip = (query.Page - 1) * query.PageSize;
        var limit = skip + CountLimit;
        var list = new OrderListQuery(db, member.WorkspaceId, query);
        var (orders, count) = await list.MatchAsync(limit, ct);
        if (count == 0 || skip >= count)
        {
            return new PagedResult<OrderSummary>([], Math.Min(count, limit), query.Page, query.PageSize, count > limit);
        }
        // The page's ids first (from an index where the sort has one), then those rows: nothing is computed for skipped rows.
        var ids = await Sort(orders, query).Skip(skip).Take(query.PageSize).Select(o => o.Id).ToListAsync(ct);
        var page = await list.RowsAsync(ids, ct);
        return new PagedResult<OrderSummary>(page, Math.Min(count, limit), query.Page, query.PageSize, count > limit);
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

    private static IQueryable<Order> Sort(IQueryable<Order> orders, OrderQuery query) => (query.Sort, query.Descending) switch
    {
        (OrderSort.UpdatedAt, true) => orders.OrderByDescending(o => o.UpdatedAt).ThenByDescending(o => o.Id),
        (OrderSort.UpdatedAt, false) => orders.OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id),
        (OrderSort.Total, true) => orders.OrderByDescending(o => (double)o.Total).ThenByDescending(o => o.Id),
        (OrderSort.Total, false) => orders.OrderBy(o => (double)o.Total).ThenBy(o => o.Id),
        (OrderSort.SourceOrderId, true) => orders.OrderByDescending(o => o.SourceOrderId).ThenByDescending(o => o.Id),
        (OrderSort.SourceOrderId, false) => orders.OrderBy(o => o.SourceOrderId).ThenBy(o => o.Id),
        (_, false) => orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id),
        _ => orders.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id),
    };
}
