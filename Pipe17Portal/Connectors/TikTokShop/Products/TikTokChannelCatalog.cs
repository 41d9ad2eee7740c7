using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Products;

/// <summary>The shop's seller SKUs, read page by page from TikTok's product search (every status).</summary>
public sealed class TikTokChannelCatalog(TikTokShopLink shop) : IChannelCatalog
{
    public ConnectorKind Kind => ConnectorKind.TikTokShop;

    public async Task<IReadOnlyDictionary<string, string?>> SkusAsync(Connection connection, CancellationToken ct)
    {
        var client = await shop.ClientAsync(connection, ct);
        var skus = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await client.SearchProductsAsync(new TikTokProductSearchFilter { Status = "ALL" }, 100, token, ct);
            if (!page.IsSuccess)
            {
                throw new ChannelUnavailableException($"TikTok did not list the shop's products: {page.Error.Message}. Try again in a moment.");
            }
            foreach (var product in page.Data.Products)
            {
                foreach (var sku in product.Skus.Where(s => s.SellerSku is not null))
                {
                    skus.TryAdd(sku.SellerSku!, product.Title);
                }
            }
            token = string.IsNullOrEmpty(page.Data.NextPageToken) ? null : page.Data.NextPageToken;
        }
        while (token is not null);
        return skus;
    }
}
