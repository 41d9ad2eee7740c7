using Pipe17Portal.Sandbox.TikTok.Products;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>`GET /sandbox/_control/accounts/{id}/tiktok/inventory`: every SKU's stock per warehouse, as the shop holds it.</summary>
public static class TikTokInventoryControlEndpoints
{
    public static void Map(RouteGroupBuilder tiktok) => tiktok.MapGet("/inventory", InventoryAsync);

    private static async Task<IResult> InventoryAsync(string id, SandboxDbContext db, CancellationToken ct)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        var catalog = await TikTokCatalog.LoadAsync(db, account.Id, track: false, ct);
        return TikTokControl.Ok(catalog
            .SelectMany(p => p.Product.Skus.SelectMany(s => s.Inventory.Select(i => new
            {
                seller_sku = s.SellerSku,
                warehouse_id = i.WarehouseId,
                quantity = i.Quantity,
                sku_id = s.Id,
                product_id = p.Product.Id,
            })))
            .OrderBy(i => i.seller_sku, StringComparer.Ordinal)
            .ToList());
    }
}
