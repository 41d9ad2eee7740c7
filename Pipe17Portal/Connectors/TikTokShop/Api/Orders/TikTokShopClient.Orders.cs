using System.Runtime.CompilerServices;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed partial class TikTokShopClient
{
    public const string SearchOrdersEndpoint = "POST /order/202309/orders/search";
    public const string GetOrderDetailEndpoint = "GET /order/202309/orders";
    public const int MaxOrderSearchPageSize = 100;
    public const int OrderDetailBatchSize = 50;

    public async Task<TikTokResult<TikTokOrderPage>> SearchOrdersAsync(
        TikTokOrderSearchFilter filter, TikTokOrderSearchOptions? options = null, string? pageToken = null, CancellationToken ct = default)
    {
        options ??= new TikTokOrderSearchOptions();
        var pageSize = Math.Clamp(options.PageSize, 1, MaxOrderSearchPageSize);
        var envelope = await TikTokCall.SendAsync(
            SearchOrdersEndpoint,
            () => orders.SearchOrdersAsync(pageSize, pageToken, options.SortField, options.SortOrder, filter, ct),
            dataRequired: true,
            ct);
        return TikTokOrderReader.Page(SearchOrdersEndpoint, envelope);
    }

    /// <summary>
    /// Every page of a search, following <c>next_page_token</c> to the end. A failed page is yielded as a failure and
    /// ends the enumeration, so the caller can keep what it already has and record the error.
    /// </summary>
    public async IAsyncEnumerable<TikTokResult<TikTokOrderPage>> SearchAllOrdersAsync(
        TikTokOrderSearchFilter filter, TikTokOrderSearchOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? pageToken = null;
        while (true)
        {
            var page = await SearchOrdersAsync(filter, options, pageToken, ct);
            if (page.IsSuccess && !page.Data.IsLast && !seenTokens.Add(page.Data.NextPageToken!))
            {
                yield return TikTokResult<TikTokOrderPage>.Failure(TikTokEnvelope.Invalid(
                    SearchOrdersEndpoint, $"field 'data.next_page_token' repeats an earlier page ({page.Data.NextPageToken})", page.RequestId, 200));
                yield break;
            }

            yield return page;
            if (!page.IsSuccess || page.Data.IsLast)
            {
                yield break;
            }

            pageToken = page.Data.NextPageToken;
        }
    }

    /// <summary>Order detail for any number of ids, asked in batches of <see cref="OrderDetailBatchSize"/>.</summary>
    public async Task<TikTokResult<IReadOnlyList<TikTokOrder>>> GetOrderDetailsAsync(IEnumerable<string> orderIds, CancellationToken ct = default)
    {
        var found = new List<TikTokOrder>();
        string? requestId = null;
        foreach (var batch in orderIds.Distinct(StringComparer.Ordinal).Chunk(OrderDetailBatchSize))
        {
            var envelope = await TikTokCall.SendAsync(GetOrderDetailEndpoint, () => orders.GetOrderDetailAsync(batch, ct), dataRequired: true, ct);
            var read = TikTokOrderReader.Orders(GetOrderDetailEndpoint, envelope);
            if (!read.IsSuccess)
            {
                return read;
            }

            found.AddRange(read.Data);
            requestId = read.RequestId;
        }

        return TikTokResult<IReadOnlyList<TikTokOrder>>.Success(found, requestId);
    }
}
