using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed partial class TikTokShopClient
{
    public const string SearchProductsEndpoint = "POST /product/202309/products/search";
    public const string GetProductEndpoint = "GET /product/202309/products/{product_id}";
    public const string UpdateInventoryEndpoint = "POST /product/202309/products/{product_id}/inventory/update";
    public const string SearchInventoryEndpoint = "POST /product/202309/inventory/search";
    public const int MaxProductSearchPageSize = 100;

    public Task<TikTokResult<TikTokProductPage>> SearchProductsAsync(
        TikTokProductSearchFilter filter, int pageSize = MaxProductSearchPageSize, string? pageToken = null, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokProductPage>(
            SearchProductsEndpoint,
            () => products.SearchProductsAsync(Math.Clamp(pageSize, 1, MaxProductSearchPageSize), pageToken, filter, ct),
            ct);

    public Task<TikTokResult<TikTokProduct>> GetProductAsync(string productId, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokProduct>(GetProductEndpoint, () => products.GetProductAsync(productId, ct), ct);

    /// <summary>
    /// Sets absolute quantities for SKUs of one product. SKUs TikTok refused come back in
    /// <see cref="TikTokInventoryUpdateResult.Errors"/> of a successful result. Not retried on 5xx or timeout.
    /// </summary>
    public Task<TikTokResult<TikTokInventoryUpdateResult>> UpdateInventoryAsync(
        string productId, TikTokInventoryUpdateRequest request, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokInventoryUpdateResult>(
            UpdateInventoryEndpoint, () => inventoryCommands.UpdateInventoryAsync(productId, request, ct), ct,
            data => data.Errors.Select((e, i) => e.SkuId is null ? $"errors[{i}].detail.sku_id" : null).FirstOrDefault(missing => missing is not null));

    public async Task<TikTokResult<IReadOnlyList<TikTokProductInventory>>> SearchInventoryAsync(
        TikTokInventorySearchRequest request, CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokInventorySearchResult>(SearchInventoryEndpoint, () => products.SearchInventoryAsync(request, ct), ct))
            .Map(data => data.Inventory);
}
