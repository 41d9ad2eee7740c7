using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IProductsApi
{
    /// <summary>Masters and stand-alone products, paged; search matches a SKU (also of a variant) or a name.</summary>
    [Get("/api/v1/products")]
    Task<PagedResult<ProductSummary>> ListAsync(int page = 1, int pageSize = 25, string? search = null, CancellationToken ct = default);

    [Get("/api/v1/products/{id}")]
    Task<ProductDetail> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>Reads the TikTok shop's SKUs now and compares them with the products (exact, case and spaces included).</summary>
    [Get("/api/v1/products/sku-match/{tiktokConnectionId}")]
    Task<SkuMatchReport> GetSkuMatchReportAsync(Guid tiktokConnectionId, CancellationToken ct = default);

    [Post("/api/v1/products/{id}/adopt-tiktok-sku")]
    Task<ProductDetail> AdoptTikTokSkuAsync(Guid id, [Body] AdoptTikTokSkuRequest request, CancellationToken ct = default);

    [Put("/api/v1/products/{id}/channel-options/{connectionId}")]
    Task<ProductDetail> SetChannelSkuAsync(Guid id, Guid connectionId, [Body] SetChannelSkuRequest request, CancellationToken ct = default);
}
