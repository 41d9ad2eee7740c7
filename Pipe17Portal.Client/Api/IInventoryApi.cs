using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>Inventory to TikTok Shop: the connection's rules (with a preview), reconciliation with TikTok, a product's stock.</summary>
public interface IInventoryApi
{
    [Get("/api/v1/connections/{id}/tiktok/inventory-rules")]
    Task<InventoryRulesView> GetRulesAsync(Guid id, CancellationToken ct = default);

    /// <summary>Saves the rules (Developer) and recomputes every SKU's quantity.</summary>
    [Put("/api/v1/connections/{id}/tiktok/inventory-rules")]
    Task<InventoryRulesView> SaveRulesAsync(Guid id, [Body] InventoryRulesUpdate update, CancellationToken ct = default);

    [Post("/api/v1/connections/{id}/tiktok/inventory-rules/preview")]
    Task<IReadOnlyList<InventoryPreviewRow>> PreviewAsync(Guid id, [Body] InventoryPreviewRequest request, CancellationToken ct = default);

    /// <summary>Reads TikTok's current quantities and lists where they differ from what the portal computed.</summary>
    [Post("/api/v1/connections/{id}/tiktok/inventory-reconciliation")]
    Task<InventoryReconciliation> ReconcileAsync(Guid id, CancellationToken ct = default);

    /// <summary>Sends the portal's quantity of the SKUs again, even when it was sent before (Developer).</summary>
    [Post("/api/v1/connections/{id}/tiktok/inventory-reconciliation/repush")]
    Task<InventoryRepushResult> RepushAsync(Guid id, [Body] InventoryRepushRequest request, CancellationToken ct = default);

    [Get("/api/v1/products/{productId}/inventory")]
    Task<ProductInventory> GetProductInventoryAsync(Guid productId, CancellationToken ct = default);
}
