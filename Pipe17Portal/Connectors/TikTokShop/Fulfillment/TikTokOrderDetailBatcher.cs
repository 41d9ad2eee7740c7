using Microsoft.Extensions.Options;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Get Order Detail for the fulfillment push, coalesced per connection: the order ids asked by the concurrent ship
/// attempts within <see cref="FulfillmentPushOptions.BatchWindowMilliseconds"/> (up to TikTok's 50 ids per call) go in
/// one call, instead of one call per fulfillment against the route's rate limit. Each caller gets its order, null when
/// TikTok does not know it, or the call's error.
/// </summary>
public sealed class TikTokOrderDetailBatcher(IOptions<FulfillmentPushOptions> options)
{
    private readonly CallCoalescer<string, TikTokResult<TikTokOrder?>> coalescer =
        new(TimeSpan.FromMilliseconds(options.Value.BatchWindowMilliseconds), TikTokShopClient.OrderDetailBatchSize);

    public Task<TikTokResult<TikTokOrder?>> GetAsync(Guid connectionId, TikTokShopClient client, string orderId, CancellationToken ct) =>
        coalescer.CallAsync(connectionId, orderId, (ids, token) => ReadAsync(client, ids, token), ct);

    private static async Task<IReadOnlyList<TikTokResult<TikTokOrder?>>> ReadAsync(TikTokShopClient client, IReadOnlyList<string> orderIds, CancellationToken ct)
    {
        var read = await client.GetOrderDetailsAsync(orderIds, ct); // two fulfillments of one order ask it once
        if (!read.IsSuccess)
        {
            return [.. orderIds.Select(_ => TikTokResult<TikTokOrder?>.Failure(read.Error))];
        }
        var byId = read.Data.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);
        return [.. orderIds.Select(id => TikTokResult<TikTokOrder?>.Success(byId.GetValueOrDefault(id), read.RequestId))];
    }
}
