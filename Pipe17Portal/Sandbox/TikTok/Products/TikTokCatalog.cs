using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;

namespace Pipe17Portal.Sandbox.TikTok.Products;

/// <summary>A shop's products, loaded whole (a few dozen documents) for the product and inventory APIs.</summary>
public static class TikTokCatalog
{
    public static async Task<List<(TikTokProduct Row, TikTokProductDocument Product)>> LoadAsync(SandboxDbContext db, Guid accountId, bool track, CancellationToken ct)
    {
        var query = db.TikTokProducts.Where(p => p.AccountId == accountId);
        var rows = await (track ? query : query.AsNoTracking()).ToListAsync(ct);
        return [.. rows.Select(r => (r, r.Read())).OrderByDescending(p => p.Item2.CreateTime).ThenBy(p => p.Item2.Id, StringComparer.Ordinal)];
    }

    public static TikTokError ProductNotFound(string id) => new(12052048, $"Product {id} does not exist in this shop. Find product ids with POST /product/202309/products/search.");
}
