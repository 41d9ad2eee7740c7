using Microsoft.Extensions.Options;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Ships whole packages for the fulfillment push through TikTok's batch Ship Package, coalesced per connection like
/// <see cref="TikTokOrderDetailBatcher"/>. TikTok answers code 0 even when some packages were refused and lists those in
/// <c>data.errors[]</c> by package id: each caller gets its own package's refusal as a <see cref="TikTokError"/> (the
/// same shape a single Ship Package refusal has), or success; a failed call reaches every caller.
/// </summary>
public sealed class TikTokPackageShipBatcher(IOptions<FulfillmentPushOptions> options)
{
    /// <summary>Packages per batch call; TikTok documents no maximum, so the order-detail one (50) is kept.</summary>
    public const int MaxPackagesPerCall = 50;

    private readonly CallCoalescer<TikTokBatchShipPackage, TikTokResult<TikTokAck>> coalescer =
        new(TimeSpan.FromMilliseconds(options.Value.BatchWindowMilliseconds), MaxPackagesPerCall);

    public Task<TikTokResult<TikTokAck>> ShipAsync(Guid connectionId, TikTokShopClient client, TikTokBatchShipPackage package, CancellationToken ct) =>
        coalescer.CallAsync(connectionId, package, (packages, token) => ShipAllAsync(client, packages, token), ct);

    private static async Task<IReadOnlyList<TikTokResult<TikTokAck>>> ShipAllAsync(
        TikTokShopClient client, IReadOnlyList<TikTokBatchShipPackage> packages, CancellationToken ct)
    {
        var shipped = await client.BatchShipPackagesAsync(packages, ct);
        if (!shipped.IsSuccess)
        {
            return [.. packages.Select(_ => TikTokResult<TikTokAck>.Failure(shipped.Error))];
        }
        var refused = shipped.Data.Errors.Where(e => e.PackageId is not null).DistinctBy(e => e.PackageId).ToDictionary(e => e.PackageId!, StringComparer.Ordinal);
        return [.. packages.Select(p => refused.TryGetValue(p.Id, out var error)
            ? TikTokResult<TikTokAck>.Failure(new TikTokError(TikTokShopClient.BatchShipPackagesEndpoint, error.Code,
                error.Message ?? $"TikTok Shop refused package {p.Id} (code {error.Code}).", shipped.RequestId, 200, TikTokErrorCodes.KindOf(error.Code, 200, error.Message)))
            : TikTokResult<TikTokAck>.Success(TikTokAck.Instance, shipped.RequestId))];
    }
}
