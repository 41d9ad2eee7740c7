using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The Sandbox Seller Center: what a buyer and TikTok do to the workspace's sandbox shop (sandbox only).</summary>
public interface ISellerCenterApi
{
    [Get("/api/v1/sandbox/tiktok/shop")]
    Task<SellerCenterShop> GetShopAsync(CancellationToken ct = default);

    [Get("/api/v1/sandbox/tiktok/orders")]
    Task<PagedResult<SellerCenterOrder>> ListOrdersAsync(int page = 1, int pageSize = 25, CancellationToken ct = default);

    [Post("/api/v1/sandbox/tiktok/orders")]
    Task<CreatedSandboxOrders> CreateOrdersAsync([Body] CreateSandboxOrdersRequest request, CancellationToken ct = default);

    [Post("/api/v1/sandbox/tiktok/orders/{orderId}/cancel")]
    Task CancelOrderAsync(string orderId, [Body] CancelSandboxOrderRequest request, CancellationToken ct = default);

    [Get("/api/v1/sandbox/tiktok/inventory")]
    Task<IReadOnlyList<SellerCenterInventory>> GetInventoryAsync(CancellationToken ct = default);
}
