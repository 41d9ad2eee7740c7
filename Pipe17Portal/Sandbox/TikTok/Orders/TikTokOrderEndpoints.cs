using System.Text;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Orders;

/// <summary>`POST /order/202309/orders/search` (keyset pages, filters, total_count) and `GET /order/202309/orders?ids=` (≤ 50).</summary>
public static class TikTokOrderEndpoints
{
    private const int MaxDetailIds = 50;

    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("POST", "/order/202309/orders/search", TikTokScopes.Orders, SearchAsync),
        new("GET", "/order/202309/orders", TikTokScopes.Orders, DetailAsync),
    ];

    private static async Task<TikTokReply> SearchAsync(TikTokCall call)
    {
        var pageSize = call.PageSize(100);
        var byUpdate = (call.Query("sort_field") ?? "create_time") switch
        {
            "create_time" => false,
            "update_time" => true,
            _ => throw new TikTokParamsException("sort_field must be create_time or update_time."),
        };
        var descending = (call.Query("sort_order") ?? "DESC") switch
        {
            "DESC" => true,
            "ASC" => false,
            _ => throw new TikTokParamsException("sort_order must be ASC or DESC."),
        };
        var filter = call.ReadBody<SearchFilter>();
        var orders = Filter(call.Db.TikTokOrders.AsNoTracking().Where(o => o.AccountId == call.Account.Id), filter);
        var total = await orders.CountAsync(call.Aborted);

        var after = PageToken.Read(call.Query("page_token"));
        var page = await Page(orders, byUpdate, descending, after)
            .Take(pageSize + 1)
            .Select(o => new { o.Id, o.CreateTime, o.UpdateTime, o.Document })
            .ToListAsync(call.Aborted);
        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var next = last is null ? "" : PageToken.Write(byUpdate ? last.UpdateTime : last.CreateTime, last.Id);
        return TikTokReply.Ok(new
        {
            next_page_token = next,
            total_count = total,
            orders = page.Take(pageSize).Select(o => new RawJson(o.Document)).ToList(),
        });
    }

    private static async Task<TikTokReply> DetailAsync(TikTokCall call)
    {
        var ids = (call.Query("ids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new TikTokParamsException("ids is required: one or more order ids, comma-separated.");
        }
        if (ids.Count > MaxDetailIds)
        {
            throw new TikTokParamsException($"ids holds {ids.Count} order ids; at most {MaxDetailIds} are allowed per call.");
        }
        var found = await call.Db.TikTokOrders.AsNoTracking()
            .Where(o => o.AccountId == call.Account.Id && ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Document, call.Aborted);
        return TikTokReply.Ok(new { orders = ids.Where(found.ContainsKey).Select(id => new RawJson(found[id])).ToList() });
    }

    private static IQueryable<TikTokOrder> Filter(IQueryable<TikTokOrder> orders, SearchFilter f)
    {
        if (f.OrderStatus is { } status)
        {
            if (!TikTokOrderStatus.All.Contains(status))
            {
                throw new TikTokParamsException($"order_status '{status}' is not one of {string.Join(", ", TikTokOrderStatus.All)}.");
            }
            orders = orders.Where(o => o.Status == status);
        }
        if (f.CreateTimeGe is { } createGe) { orders = orders.Where(o => o.CreateTime >= createGe); }
        if (f.CreateTimeLt is { } createLt) { orders = orders.Where(o => o.CreateTime < createLt); }
        if (f.UpdateTimeGe is { } updateGe) { orders = orders.Where(o => o.UpdateTime >= updateGe); }
        if (f.UpdateTimeLt is { } updateLt) { orders = orders.Where(o => o.UpdateTime < updateLt); }
        if (f.ShippingType is { } shipping) { orders = orders.Where(o => o.ShippingType == shipping); }
        if (f.BuyerUserId is { } buyer) { orders = orders.Where(o => o.BuyerUserId == buyer); }
        if (f.IsBuyerRequestCancel is { } requested) { orders = orders.Where(o => o.IsBuyerRequestCancel == requested); }
        if (f.WarehouseIds is { Count: > 0 } warehouses) { orders = orders.Where(o => warehouses.Contains(o.WarehouseId)); }
        return orders;
    }

    /// <summary>Sorted by the chosen time, then id, and continued after the previous page's last row (stable while orders change).</summary>
    private static IQueryable<TikTokOrder> Page(IQueryable<TikTokOrder> orders, bool byUpdate, bool descending, (long Time, string Id)? after)
    {
        if (byUpdate)
        {
            if (after is { } a)
            {
                orders = descending
                    ? orders.Where(o => o.UpdateTime < a.Time || (o.UpdateTime == a.Time && string.Compare(o.Id, a.Id) < 0))
                    : orders.Where(o => o.UpdateTime > a.Time || (o.UpdateTime == a.Time && string.Compare(o.Id, a.Id) > 0));
            }
            return descending ? orders.OrderByDescending(o => o.UpdateTime).ThenByDescending(o => o.Id) : orders.OrderBy(o => o.UpdateTime).ThenBy(o => o.Id);
        }
        if (after is { } b)
        {
            orders = descending
                ? orders.Where(o => o.CreateTime < b.Time || (o.CreateTime == b.Time && string.Compare(o.Id, b.Id) < 0))
                : orders.Where(o => o.CreateTime > b.Time || (o.CreateTime == b.Time && string.Compare(o.Id, b.Id) > 0));
        }
        return descending ? orders.OrderByDescending(o => o.CreateTime).ThenByDescending(o => o.Id) : orders.OrderBy(o => o.CreateTime).ThenBy(o => o.Id);
    }

    private sealed class SearchFilter
    {
        public string? OrderStatus { get; set; }
        public long? CreateTimeGe { get; set; }
        public long? CreateTimeLt { get; set; }
        public long? UpdateTimeGe { get; set; }
        public long? UpdateTimeLt { get; set; }
        public string? ShippingType { get; set; }
        public string? BuyerUserId { get; set; }
        public bool? IsBuyerRequestCancel { get; set; }
        public List<string>? WarehouseIds { get; set; }
    }
}

/// <summary>Opaque page tokens: base64 of the last row's sort value and id.</summary>
public static class PageToken
{
    public static string Write(long time, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{time}|{id}"));

    public static (long Time, string Id)? Read(string? token)
    {
        if (token is null)
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|');
            if (parts.Length == 2 && long.TryParse(parts[0], out var time))
            {
                return (time, parts[1]);
            }
        }
        catch (FormatException)
        {
        }
        throw new TikTokParamsException("page_token is not a token this API returned; pass next_page_token from the previous page unchanged.");
    }
}
