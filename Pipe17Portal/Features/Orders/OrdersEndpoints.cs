using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Orders;

public sealed class OrdersEndpoints : IEndpointGroup
{
    public static string Prefix => "/orders";
    public static string Tag => "Orders";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ([AsParameters] OrderQueryParameters query, IOrdersApi api, CancellationToken ct) => api.ListAsync(query.ToQuery(), ct))
            .WithSummary("Orders, paged, sorted and filtered (status, connection, placed date, exceptions; search: order id or its beginning, or exact SKU)");
        group.MapGet("/{id:guid}", (Guid id, IOrdersApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("One order with lines, address, totals and its timeline");
        group.MapGet("/{id:guid}/source-payload", async (Guid id, IOrdersApi api, CancellationToken ct) =>
                TypedResults.Text(await api.GetSourcePayloadAsync(id, ct), "application/json"))
            .WithSummary("The order as the channel last sent it");
        group.MapGet("/{id:guid}/events/{eventId:guid}/payload", async (Guid id, Guid eventId, IOrdersApi api, CancellationToken ct) =>
                TypedResults.Text(await api.GetEventPayloadAsync(id, eventId, ct), "application/json"))
            .WithSummary("The request or response recorded with a timeline entry");
        group.MapGet("/{id:guid}/exceptions", (Guid id, IOrderExceptionsApi api, CancellationToken ct) => api.ForOrderAsync(id, ct))
            .WithSummary("The order's exceptions, open first, with cause and fix");
        group.MapGet("/{id:guid}/pushes", (Guid id, IOrderExceptionsApi api, CancellationToken ct) => api.PushesAsync(id, ct))
            .WithSummary("The order in each Salesforce connection: SFCC order number, status, push state");
        group.MapPost("/{id:guid}/retry", (Guid id, IOrderExceptionsApi api, CancellationToken ct) => api.RetryOrderAsync(id, ct))
            .WithSummary("Run the order's failed or waiting pushes now");
    }
}
