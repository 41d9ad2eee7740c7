using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;
using Pipe17Portal.Sandbox.TikTok.Orders;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>`POST /fulfillment/202309/packages/search?page_size=1..50`: the shop's packages, newest first, filtered by time and status.</summary>
public static class TikTokPackageSearchEndpoints
{
    private static readonly string[] Statuses = ["TO_FULFILL", "PROCESSING", "FULFILLING", "COMPLETED", "CANCELLED"];

    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("POST", "/fulfillment/202309/packages/search", TikTokScopes.Fulfillment, SearchAsync),
    ];

    private static async Task<TikTokReply> SearchAsync(TikTokCall call)
    {
        var pageSize = call.PageSize(50);
        var f = call.ReadBody<SearchFilter>();
        var packages = call.Db.TikTokPackages.AsNoTracking().Where(p => p.AccountId == call.Account.Id);
        if (f.PackageStatus is { } status)
        {
            if (!Statuses.Contains(status))
            {
                throw new TikTokParamsException($"package_status '{status}' is not one of {string.Join(", ", Statuses)}.");
            }
            packages = packages.Where(p => p.Status == status);
        }
        if (f.CreateTimeGe is { } createGe) { packages = packages.Where(p => p.CreateTime >= createGe); }
        if (f.CreateTimeLt is { } createLt) { packages = packages.Where(p => p.CreateTime < createLt); }
        if (f.UpdateTimeGe is { } updateGe) { packages = packages.Where(p => p.UpdateTime >= updateGe); }
        if (f.UpdateTimeLt is { } updateLt) { packages = packages.Where(p => p.UpdateTime < updateLt); }
        var total = await packages.CountAsync(call.Aborted);
        if (PageToken.Read(call.Query("page_token")) is { } after)
        {
            packages = packages.Where(p => p.CreateTime < after.Time || (p.CreateTime == after.Time && string.Compare(p.Id, after.Id) < 0));
        }
        var page = await packages.OrderByDescending(p => p.CreateTime).ThenByDescending(p => p.Id).Take(pageSize + 1).ToListAsync(call.Aborted);
        var next = page.Count > pageSize ? PageToken.Write(page[pageSize - 1].CreateTime, page[pageSize - 1].Id) : "";
        page = [.. page.Take(pageSize)];
        var orderIds = page.Select(p => p.OrderId).Distinct().ToList();
        var orders = (await call.Db.TikTokOrders.AsNoTracking().Where(o => o.AccountId == call.Account.Id && orderIds.Contains(o.Id)).ToListAsync(call.Aborted))
            .ToDictionary(o => o.Id, o => o.Read());
        return TikTokReply.Ok(new
        {
            next_page_token = next,
            total_count = total,
            packages = page.Select(p =>
            {
                var items = orders[p.OrderId].LineItems.Where(i => i.PackageId == p.Id).ToList();
                return new
                {
                    id = p.Id,
                    status = p.Status,
                    order_line_item_ids = items.Select(i => i.Id).ToList(),
                    orders = new[] { new { id = p.OrderId, skus = TikTokPackageView.Skus(items) } },
                    tracking_number = p.TrackingNumber,
                    shipping_provider_id = p.ShippingProviderId,
                    shipping_provider_name = p.ShippingProviderName,
                    create_time = p.CreateTime,
                    update_time = p.UpdateTime,
                };
            }).ToList(),
        });
    }

    private sealed class SearchFilter
    {
        public string? PackageStatus { get; set; }
        public long? CreateTimeGe { get; set; }
        public long? CreateTimeLt { get; set; }
        public long? UpdateTimeGe { get; set; }
        public long? UpdateTimeLt { get; set; }
    }
}
