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
        group.MapPut("/{id:guid}/channel-options/{connectionId:guid}", (Guid id, Guid connectionId, SetChannelSkuRequest request, IProductsApi api, CancellationToken ct) =>
                api.SetChannelSkuAsync(id, connectionId, request, ct))
            .WithSummary("Set or clear the Salesforce Channel SKU of a product (Developer)");
    }
}
