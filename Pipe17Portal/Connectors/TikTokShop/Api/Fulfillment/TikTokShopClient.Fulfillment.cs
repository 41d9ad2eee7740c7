using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed partial class TikTokShopClient
{
    public const string ShipPackageEndpoint = "POST /fulfillment/202309/packages/{package_id}/ship";
    public const string BatchShipPackagesEndpoint = "POST /fulfillment/202309/packages/ship";
    public const string MarkPackageAsShippedEndpoint = "POST /fulfillment/202309/orders/{order_id}/packages";
    public const string UpdatePackageShippingInfoEndpoint = "POST /fulfillment/202309/packages/{package_id}/shipping_info/update";
    public const string UpdateOrderShippingInfoEndpoint = "POST /fulfillment/202309/orders/{order_id}/shipping_info/update";
    public const string GetPackageDetailEndpoint = "GET /fulfillment/202309/packages/{package_id}";
    public const string GetOrderTrackingEndpoint = "GET /fulfillment/202309/orders/{order_id}/tracking";
    public const string SearchPackagesEndpoint = "POST /fulfillment/202309/packages/search";
    public const int MaxPackageSearchPageSize = 50;

    /// <summary>Ships an existing package (id from <c>order.packages[].id</c>). Not retried on 5xx or timeout: check the package before trying again.</summary>
    public Task<TikTokResult<TikTokAck>> ShipPackageAsync(string packageId, TikTokShipPackageRequest request, CancellationToken ct = default) =>
        TikTokCall.SendAckAsync(ShipPackageEndpoint, () => fulfillmentCommands.ShipPackageAsync(packageId, request, ct), ct);

    /// <summary>Ships several packages; packages TikTok refused are in <see cref="TikTokBatchShipResult.Errors"/> of a successful result.</summary>
    public Task<TikTokResult<TikTokBatchShipResult>> BatchShipPackagesAsync(IReadOnlyList<TikTokBatchShipPackage> packages, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokBatchShipResult>(
            BatchShipPackagesEndpoint, () => fulfillmentCommands.BatchShipPackagesAsync(new TikTokBatchShipPackagesRequest(packages), ct), ct,
            data => data.Errors.Select((e, i) => e.PackageId is null ? $"errors[{i}].detail.package_id" : null).FirstOrDefault(missing => missing is not null));

    /// <summary>Creates a shipped package from some line items of an order (US, UK, ES, IE, IT, DE, FR, JP only).</summary>
    public Task<TikTokResult<TikTokMarkPackageAsShippedResult>> MarkPackageAsShippedAsync(
        string orderId, TikTokMarkPackageAsShippedRequest request, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokMarkPackageAsShippedResult>(
            MarkPackageAsShippedEndpoint, () => fulfillmentCommands.MarkPackageAsShippedAsync(orderId, request, ct), ct);

    public Task<TikTokResult<TikTokAck>> UpdatePackageShippingInfoAsync(string packageId, TikTokShippingInfo shippingInfo, CancellationToken ct = default) =>
        TikTokCall.SendAckAsync(UpdatePackageShippingInfoEndpoint, () => fulfillmentCommands.UpdatePackageShippingInfoAsync(packageId, shippingInfo, ct), ct);

    /// <summary>Not for split orders; use <see cref="UpdatePackageShippingInfoAsync"/> there.</summary>
    public Task<TikTokResult<TikTokAck>> UpdateOrderShippingInfoAsync(string orderId, TikTokShippingInfo shippingInfo, CancellationToken ct = default) =>
        TikTokCall.SendAckAsync(UpdateOrderShippingInfoEndpoint, () => fulfillmentCommands.UpdateOrderShippingInfoAsync(orderId, shippingInfo, ct), ct);

    public Task<TikTokResult<TikTokPackageDetail>> GetPackageDetailAsync(string packageId, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokPackageDetail>(GetPackageDetailEndpoint, () => fulfillment.GetPackageDetailAsync(packageId, ct), ct);

    public async Task<TikTokResult<IReadOnlyList<TikTokTrackingEvent>>> GetOrderTrackingAsync(string orderId, CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokOrderTracking>(GetOrderTrackingEndpoint, () => fulfillment.GetOrderTrackingAsync(orderId, ct), ct))
            .Map(data => data.Tracking);

    public Task<TikTokResult<TikTokPackagePage>> SearchPackagesAsync(
        TikTokPackageSearchFilter filter, int pageSize = MaxPackageSearchPageSize, string? pageToken = null, CancellationToken ct = default) =>
        TikTokCall.SendAsync<TikTokPackagePage>(
            SearchPackagesEndpoint,
            () => fulfillment.SearchPackagesAsync(Math.Clamp(pageSize, 1, MaxPackageSearchPageSize), pageToken, filter, ct),
            ct);
}
