using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Products;

public sealed class ProductsEndpoints : IEndpointGroup
{
    public static string Prefix => "/products";
    public static string Tag => "Products";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IProductsApi api, CancellationToken ct, int page = 1, int pageSize = 25, string? search = null) => api.ListAsync(page, pageSize, search, ct))
            .WithSummary("Products (masters with their variant count), paged; search by SKU or name");
        group.MapGet("/{id:guid}", (Guid id, IProductsApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("One product with its variants and Channel Options");
        group.MapGet("/sku-match/{tiktokConnectionId:guid}", (Guid tiktokConnectionId, IProductsApi api, CancellationToken ct) => api.GetSkuMatchReportAsync(tiktokConnectionId, ct))
            .WithSummary("TikTok SKUs without a product of exactly that SKU, with near misses (case or spaces)");
        group.MapPost("/{id:guid}/adopt-tiktok-sku", (Guid id, AdoptTikTokSkuRequest request, IProductsApi api, CancellationToken ct) => api.AdoptTikTokSkuAsync(id, request, ct))
            .WithSummary("Fix a near miss: the master SKU becomes the TikTok SKU, Salesforce keeps its SKU as Channel SKU (Developer)");
        group.MapPut("/{id:guid}/channel-options/{connectionId:guid}", (Guid id, Guid connectionId, SetChannelSkuRequest request, IProductsApi api, CancellationToken ct) =>
                api.SetChannelSkuAsync(id, connectionId, request, ct))
            .WithSummary("Set or clear the Salesforce Channel SKU of a product (Developer)");
    }
}
