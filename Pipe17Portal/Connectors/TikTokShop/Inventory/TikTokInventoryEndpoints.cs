using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

public sealed class TikTokInventoryEndpoints : IEndpointGroup
{
    public static string Prefix => "/connections/{id:guid}/tiktok";
    public static string Tag => "Inventory";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/inventory-rules", (Guid id, IInventoryApi api, CancellationToken ct) => api.GetRulesAsync(id, ct))
            .WithSummary("The connection's inventory rules and the SFCC locations seen so far");
        group.MapPut("/inventory-rules", (Guid id, InventoryRulesUpdate update, IInventoryApi api, CancellationToken ct) => api.SaveRulesAsync(id, update, ct))
            .WithSummary("Save the inventory rules and recompute every SKU (Developer)");
        group.MapPost("/inventory-rules/preview", (Guid id, InventoryPreviewRequest request, IInventoryApi api, CancellationToken ct) => api.PreviewAsync(id, request, ct))
            .WithSummary("What rules being edited would send for some SKUs");
        group.MapPost("/inventory-reconciliation", (Guid id, IInventoryApi api, CancellationToken ct) => api.ReconcileAsync(id, ct))
            .WithSummary("Compare TikTok's current quantities with the portal's and list the drift");
        group.MapPost("/inventory-reconciliation/repush", (Guid id, InventoryRepushRequest request, IInventoryApi api, CancellationToken ct) => api.RepushAsync(id, request, ct))
            .WithSummary("Send some SKUs' quantities again, even if sent before (Developer)");
    }
}

public sealed class ProductInventoryEndpoints : IEndpointGroup
{
    public static string Prefix => "/products";
    public static string Tag => "Inventory";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{productId:guid}/inventory", (Guid productId, IInventoryApi api, CancellationToken ct) => api.GetProductInventoryAsync(productId, ct))
            .WithSummary("A product's stock per SFCC location and what each channel was sent");
}
