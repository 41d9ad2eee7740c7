using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>Where a seller SKU lives on TikTok: its product, its SKU id, and every warehouse that stocks it.</summary>
public sealed record TikTokSkuPlace(string ProductId, string SkuId, IReadOnlyList<string> WarehouseIds, string? ProductStatus);

/// <summary>
/// The shop's seller SKUs with their TikTok ids, read page by page from product search (every status). SKU matching is
/// exact: a portal product whose SKU equals a TikTok seller_sku is that TikTok SKU; a seller_sku used twice keeps its first
/// product (TikTok allows duplicates across products, the push could not tell which one is meant).
/// </summary>
public sealed class TikTokSkuIndex(TikTokShopLink shop)
{
    public async Task<IReadOnlyDictionary<string, TikTokSkuPlace>> ReadAsync(Connection connection, CancellationToken ct)
    {
        var client = await shop.ClientAsync(connection, ct);
        var places = new Dictionary<string, TikTokSkuPlace>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await client.SearchProductsAsync(new TikTokProductSearchFilter { Status = "ALL" }, 100, token, ct);
            if (!page.IsSuccess)
            {
                throw new InvalidOperationException($"TikTok did not list the shop's products: {page.Error.Message}");
            }
            foreach (var product in page.Data.Products)
            {
                foreach (var sku in product.Skus.Where(s => !string.IsNullOrEmpty(s.SellerSku)))
                {
                    places.TryAdd(sku.SellerSku!, new TikTokSkuPlace(product.Id, sku.Id,
                        [.. sku.Inventory.Select(i => i.WarehouseId).OfType<string>().Distinct()], product.Status));
                }
            }
            token = string.IsNullOrEmpty(page.Data.NextPageToken) ? null : page.Data.NextPageToken;
        }
        while (token is not null);
        return places;
    }
}
