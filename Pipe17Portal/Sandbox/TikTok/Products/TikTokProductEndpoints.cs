using System.Text;
using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Products;

/// <summary>`POST /product/202309/products/search` and `GET /product/202309/products/{product_id}`.</summary>
public static class TikTokProductEndpoints
{
    private static readonly string[] Statuses = ["ALL", "DRAFT", "PENDING", "FAILED", "ACTIVATE", "SELLER_DEACTIVATED", "PLATFORM_DEACTIVATED", "FREEZE", "DELETED"];

    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("POST", "/product/202309/products/search", TikTokScopes.ProductRead, SearchAsync),
        new("GET", "/product/202309/products/{product_id}", TikTokScopes.ProductRead, GetAsync),
    ];

    private static async Task<TikTokReply> SearchAsync(TikTokCall call)
    {
        var pageSize = call.PageSize(100);
        var offset = Offset(call.Query("page_token"));
        var f = call.ReadBody<SearchFilter>();
        if (f.Status is { } s && !Statuses.Contains(s))
        {
            throw new TikTokParamsException($"status '{s}' is not one of {string.Join(", ", Statuses)}.");
        }
        var matches = (await TikTokCatalog.LoadAsync(call.Db, call.Account.Id, track: false, call.Aborted))
            .Select(p => p.Product)
            .Where(p => f.Status is null or "ALL" || p.Status == f.Status)
            .Where(p => f.SellerSkus is not { Count: > 0 } || p.Skus.Any(k => f.SellerSkus.Contains(k.SellerSku)))
            .Where(p => (f.CreateTimeGe is null || p.CreateTime >= f.CreateTimeGe) && (f.CreateTimeLe is null || p.CreateTime <= f.CreateTimeLe))
            .Where(p => (f.UpdateTimeGe is null || p.UpdateTime >= f.UpdateTimeGe) && (f.UpdateTimeLe is null || p.UpdateTime <= f.UpdateTimeLe))
            .ToList();
        var page = matches.Skip(offset).Take(pageSize).ToList();
        var more = offset + page.Count < matches.Count;
        return TikTokReply.Ok(new
        {
            next_page_token = more ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset={offset + page.Count}")) : "",
            total_count = matches.Count,
            products = page.Select(p => new
            {
                p.Id,
                p.Title,
                p.Status,
                p.CreateTime,
                p.UpdateTime,
                p.SalesRegions,
                p.IsNotForSale,
                skus = p.Skus.Select(k => new { k.Id, k.SellerSku, k.Price, inventory = k.Inventory }).ToList(),
            }).ToList(),
        });
    }

    private static async Task<TikTokReply> GetAsync(TikTokCall call)
    {
        var id = call.Route("product_id");
        var product = (await TikTokCatalog.LoadAsync(call.Db, call.Account.Id, track: false, call.Aborted)).Select(p => p.Product).FirstOrDefault(p => p.Id == id);
        if (product is null)
        {
            var error = TikTokCatalog.ProductNotFound(id);
            return TikTokReply.Error(error.Code, error.Message);
        }
        return TikTokReply.Ok(product);
    }

    private static int Offset(string? token)
    {
        if (token is null)
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("offset=", StringComparison.Ordinal) && int.TryParse(text[7..], out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }
        throw new TikTokParamsException("page_token is not a token this API returned; pass next_page_token from the previous page unchanged.");
    }

    private sealed class SearchFilter
    {
        public string? Status { get; set; }
        public List<string>? SellerSkus { get; set; }
        public long? CreateTimeGe { get; set; }
        public long? CreateTimeLe { get; set; }
        public long? UpdateTimeGe { get; set; }
        public long? UpdateTimeLe { get; set; }
    }
}
