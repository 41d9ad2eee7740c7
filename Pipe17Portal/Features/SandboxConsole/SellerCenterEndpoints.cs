using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.SandboxConsole;

public sealed class SellerCenterEndpoints : IEndpointGroup
{
    public static string Prefix => "/sandbox/tiktok";
    public static string Tag => "Sandbox";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/shop", (ISellerCenterApi api, CancellationToken ct) => api.GetShopAsync(ct))
            .WithSummary("The workspace's sandbox TikTok shop");
        group.MapGet("/orders", (ISellerCenterApi api, CancellationToken ct, int page = 1, int pageSize = 25) => api.ListOrdersAsync(page, pageSize, ct))
            .WithSummary("Orders as the sandbox TikTok shop holds them");
        group.MapPost("/orders", (CreateSandboxOrdersRequest request, ISellerCenterApi api, CancellationToken ct) => api.CreateOrdersAsync(request, ct))
            .WithSummary("Place test orders in the sandbox shop");
        group.MapPost("/orders/{orderId}/cancel", async (string orderId, CancelSandboxOrderRequest request, ISellerCenterApi api, CancellationToken ct) =>
            {
                await api.CancelOrderAsync(orderId, request, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Cancel a sandbox order as the buyer or the seller");
        group.MapGet("/inventory", (ISellerCenterApi api, CancellationToken ct) => api.GetInventoryAsync(ct))
            .WithSummary("Inventory per SKU and warehouse in the sandbox shop");
    }
}
