using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Orders;

public sealed class OrderShippingEndpoints : IEndpointGroup
{
    public static string Prefix => "/orders/{id:guid}/shipping";
    public static string Tag => "Orders";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", (Guid id, IOrderShippingApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("The order's shipping requests and fulfillments from Salesforce, with each fulfillment's package on the channel");
}
