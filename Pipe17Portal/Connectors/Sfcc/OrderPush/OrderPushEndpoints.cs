using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

public sealed class OrderPushEndpoints : IEndpointGroup
{
    public static string Prefix => "/connections/{id:guid}/sfcc";
    public static string Tag => "Orders to Salesforce";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/order-sync", (Guid id, IOrderPushApi api, CancellationToken ct) => api.GetSyncSettingsAsync(id, ct))
            .WithSummary("Customer matching and sync settings of the order push, with warnings");
        group.MapPut("/order-sync", (Guid id, OrderSyncSettingsUpdate update, IOrderPushApi api, CancellationToken ct) => api.SaveSyncSettingsAsync(id, update, ct))
            .WithSummary("Save them; the Generic Customer Number is checked against SFCC (Developer)");
        group.MapGet("/mapping", (Guid id, IOrderPushApi api, CancellationToken ct) => api.GetMappingAsync(id, ct))
            .WithSummary("The Orders to Salesforce mapping as a field list, with SFCC's shipping and payment methods");
        group.MapPut("/mapping", (Guid id, OrderMappingUpdate update, IOrderPushApi api, CancellationToken ct) => api.SaveMappingAsync(id, update, ct))
            .WithSummary("Save field overrides: constants, lookup tables, scripts (Developer)");
        group.MapPost("/mapping/preview", (Guid id, MappingPreviewRequest request, IOrderPushApi api, CancellationToken ct) => api.PreviewMappingAsync(id, request, ct))
            .WithSummary("Run the mapping (saved, or the given fields) on a real order, writing nothing");
        group.MapPost("/test-order/dry-run", (Guid id, TestOrderRequest request, IOrderPushApi api, CancellationToken ct) => api.DryRunAsync(id, request, ct))
            .WithSummary("Test one order: the document and every check, writing nothing to SFCC (Developer)");
        group.MapPost("/test-order/push", (Guid id, TestOrderRequest request, IOrderPushApi api, CancellationToken ct) => api.PushTestOrderAsync(id, request, ct))
            .WithSummary("Test one order: push it now, read it back and check it (Developer)");
    }
}
