using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;

/// <summary>Fulfillment reads; sent on the retrying pipeline.</summary>
public interface ITikTokFulfillmentApi
{
    [Get("/fulfillment/202309/packages/{packageId}")]
    Task<HttpResponseMessage> GetPackageDetailAsync(string packageId, CancellationToken ct);

    [Get("/fulfillment/202309/orders/{orderId}/tracking")]
    Task<HttpResponseMessage> GetOrderTrackingAsync(string orderId, CancellationToken ct);

    [Post("/fulfillment/202309/packages/search")]
    Task<HttpResponseMessage> SearchPackagesAsync(
        [AliasAs("page_size")] int pageSize,
        [AliasAs("page_token")] string? pageToken,
        [Body] TikTokPackageSearchFilter filter,
        CancellationToken ct);
}
