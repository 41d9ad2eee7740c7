using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;

/// <summary>Fulfillment writes that must not be applied twice; sent on the pipeline that retries only 429.</summary>
public interface ITikTokFulfillmentCommandsApi
{
    [Post("/fulfillment/202309/packages/{packageId}/ship")]
    Task<HttpResponseMessage> ShipPackageAsync(string packageId, [Body] TikTokShipPackageRequest request, CancellationToken ct);

    [Post("/fulfillment/202309/packages/ship")]
    Task<HttpResponseMessage> BatchShipPackagesAsync([Body] TikTokBatchShipPackagesRequest request, CancellationToken ct);

    [Post("/fulfillment/202309/orders/{orderId}/packages")]
    Task<HttpResponseMessage> MarkPackageAsShippedAsync(string orderId, [Body] TikTokMarkPackageAsShippedRequest request, CancellationToken ct);

    [Post("/fulfillment/202309/packages/{packageId}/shipping_info/update")]
    Task<HttpResponseMessage> UpdatePackageShippingInfoAsync(string packageId, [Body] TikTokShippingInfo request, CancellationToken ct);

    [Post("/fulfillment/202309/orders/{orderId}/shipping_info/update")]
    Task<HttpResponseMessage> UpdateOrderShippingInfoAsync(string orderId, [Body] TikTokShippingInfo request, CancellationToken ct);
}
