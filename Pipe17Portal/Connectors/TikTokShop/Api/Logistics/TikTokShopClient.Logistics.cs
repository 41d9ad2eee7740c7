using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Pipe17Portal.Connectors.TikTokShop.Api.Logistics;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed partial class TikTokShopClient
{
    public const string GetWarehousesEndpoint = "GET /logistics/202309/warehouses";
    public const string GetWarehouseDeliveryOptionsEndpoint = "GET /logistics/202309/warehouses/{warehouse_id}/delivery_options";
    public const string GetShippingProvidersEndpoint = "GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers";

    public async Task<TikTokResult<IReadOnlyList<TikTokWarehouse>>> GetWarehousesAsync(CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokWarehouses>(GetWarehousesEndpoint, () => logistics.GetWarehousesAsync(ct), ct))
            .Map(data => data.Warehouses);

    /// <param name="scope">WAREHOUSE or PRODUCT; TikTok's default when null.</param>
    public async Task<TikTokResult<IReadOnlyList<TikTokDeliveryOption>>> GetWarehouseDeliveryOptionsAsync(
        string warehouseId, string? scope = null, CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokDeliveryOptions>(
            GetWarehouseDeliveryOptionsEndpoint, () => logistics.GetWarehouseDeliveryOptionsAsync(warehouseId, scope, ct), ct))
            .Map(data => data.DeliveryOptions);

    /// <summary>The carriers allowed for an order's <c>delivery_option_id</c>: map the portal's carrier name to one of these ids.</summary>
    public async Task<TikTokResult<IReadOnlyList<TikTokShippingProvider>>> GetShippingProvidersAsync(
        string deliveryOptionId, CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokShippingProviders>(
            GetShippingProvidersEndpoint, () => logistics.GetShippingProvidersAsync(deliveryOptionId, ct), ct))
            .Map(data => data.ShippingProviders);
}
