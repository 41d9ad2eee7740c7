using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Orders;

public sealed class OrderExceptionsEndpoints : IEndpointGroup
{
    public static string Prefix => "/order-exceptions";
    public static string Tag => "Orders";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IOrderExceptionsApi api, CancellationToken ct) => api.GroupsAsync(ct))
            .WithSummary("Open order exceptions grouped by cause, with counts");
        group.MapGet("/imports", (IOrderExceptionsApi api, CancellationToken ct) => api.ImportFailuresAsync(ct))
            .WithSummary("Channel orders that could not be imported, with the channel's payload and the cause (retried every run)");
        group.MapPost("/{type:alpha}/retry", (OrderExceptionType type, IOrderExceptionsApi api, CancellationToken ct) => api.RetryAllAsync(type, ct))
            .WithSummary("Queue every order with an open exception of this cause again (throttled)");
    }
}
