using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

public interface ITikTokOrderApi
{
    [Post("/order/202309/orders/search")]
    Task<HttpResponseMessage> SearchOrdersAsync(
        [AliasAs("page_size")] int pageSize,
        [AliasAs("page_token")] string? pageToken,
        [AliasAs("sort_field")] string? sortField,
        [AliasAs("sort_order")] string? sortOrder,
        [Body] TikTokOrderSearchFilter filter,
        CancellationToken ct);

    [Get("/order/202309/orders")]
    Task<HttpResponseMessage> GetOrderDetailAsync([Query(CollectionFormat.Csv)] IEnumerable<string> ids, CancellationToken ct);
}
