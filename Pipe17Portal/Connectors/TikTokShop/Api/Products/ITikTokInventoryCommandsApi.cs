using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Products;

/// <summary>Inventory writes; sent on the pipeline that retries only 429.</summary>
public interface ITikTokInventoryCommandsApi
{
    [Post("/product/202309/products/{productId}/inventory/update")]
    Task<HttpResponseMessage> UpdateInventoryAsync(string productId, [Body] TikTokInventoryUpdateRequest request, CancellationToken ct);
}
