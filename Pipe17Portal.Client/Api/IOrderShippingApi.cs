using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>An order's shipping requests and fulfillments, with where each fulfillment stands on the channel.</summary>
public interface IOrderShippingApi
{
    [Get("/api/v1/orders/{id}/shipping")]
    Task<OrderShipping> GetAsync(Guid id, CancellationToken ct = default);
}
