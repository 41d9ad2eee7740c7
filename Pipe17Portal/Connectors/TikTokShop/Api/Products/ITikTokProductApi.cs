using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Products;

/// <summary>Product and inventory reads; sent on the retrying pipeline.</summary>
public interface ITikTokProductApi
{
    [Post("/product/202309/products/search")]
    Task<HttpResponseMessage> SearchProductsAsync(
        [AliasAs("page_size")] int pageSize,
        [AliasAs("page_token")] string? pageToken,
        [Body] TikTokProductSearchFilter filter,
        CancellationToken ct);

    [Get("/product/202309/products/{productId}")]
    Task<HttpResponseMessage> GetProductAsync(string productId, CancellationToken ct);

    [Post("/product/202309/inventory/search")]
    Task<HttpResponseMessage> SearchInventoryAsync([Body] TikTokInventorySearchRequest request, CancellationToken ct);
}
