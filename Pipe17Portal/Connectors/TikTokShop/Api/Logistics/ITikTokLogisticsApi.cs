using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Logistics;

public interface ITikTokLogisticsApi
{
    [Get("/logistics/202309/warehouses")]
    Task<HttpResponseMessage> GetWarehousesAsync(CancellationToken ct);

    [Get("/logistics/202309/warehouses/{warehouseId}/delivery_options")]
    Task<HttpResponseMessage> GetWarehouseDeliveryOptionsAsync(string warehouseId, [AliasAs("scope")] string? scope, CancellationToken ct);

    [Get("/logistics/202309/delivery_options/{deliveryOptionId}/shipping_providers")]
    Task<HttpResponseMessage> GetShippingProvidersAsync(string deliveryOptionId, CancellationToken ct);
}
