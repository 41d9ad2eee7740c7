using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IOrdersApi
{
    /// <summary>
    /// Server-side paging, sorting and filtering. Search matches the channel order id, whole or its beginning, or a SKU
    /// exactly. Counting stops 10,000 orders past the page (then <c>TotalIsLowerBound</c> is true).
    /// </summary>
    [Get("/api/v1/orders")]
    Task<PagedResult<OrderSummary>> ListAsync([Query] OrderQuery query, CancellationToken ct = default);

    [Get("/api/v1/orders/{id}")]
    Task<OrderDetail> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>The order as the channel last sent it (raw JSON).</summary>
    [Get("/api/v1/orders/{id}/source-payload")]
    Task<string> GetSourcePayloadAsync(Guid id, CancellationToken ct = default);

    /// <summary>The request or response body recorded with one timeline event.</summary>
    [Get("/api/v1/orders/{id}/events/{eventId}/payload")]
    Task<string> GetEventPayloadAsync(Guid id, Guid eventId, CancellationToken ct = default);
}
