using Pipe17Portal.Sandbox.TikTok.Products;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>
/// `GET /sandbox/_control/accounts/{id}/tiktok/inventory`: every SKU's stock per warehouse, as the shop holds it.
/// `PUT …/tiktok/inventory/{seller_sku} {quantity, warehouse_id?}`: the seller edits a SKU's stock in Seller Center (the first
/// warehouse unless one is named), e.g. to make the portal's reconciliation find drift.
/// </summary>
public static class TikTokInventoryControlEndpoints
{
    public static void Map(RouteGroupBuilder tiktok)
    {
        tiktok.MapGet("/inventory", InventoryAsync);
        tiktok.MapPut("/inventory/{sellerSku}", SetAsync);
    }

    private static async Task<IResult> SetAsync(string id, string sellerSku, System.Text.Json.JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        if (TikTokControl.Property(body, "quantity") is not { ValueKind: System.Text.Json.JsonValueKind.Number } q || !q.TryGetInt32(out var quantity) || quantity is < 0 or > 99_999)
        {
            return TikTokControl.Invalid("quantity", "quantity must be a whole number from 0 to 99,999.");
        }
        var warehouse = TikTokControl.Property(body, "warehouse_id") is { ValueKind: System.Text.Json.JsonValueKind.String } w ? w.GetString() : null;
        var catalog = await TikTokCatalog.LoadAsync(db, account.Id, track: true, ct);
        var (row, product) = catalog.FirstOrDefault(p => p.Product.Skus.Any(s => s.SellerSku == sellerSku));
        if (row is null)
        {
            return SandboxProblem.Write(StatusCodes.Status404NotFound, $"The shop has no SKU with seller_sku '{sellerSku}'; GET …/tiktok/inventory lists them.");
        }
        var sku = product.Skus.First(s => s.SellerSku == sellerSku);
        var line = warehouse is null ? sku.Inventory.FirstOrDefault() : sku.Inventory.FirstOrDefault(i => i.WarehouseId == warehouse);
        if (line is null)
        {
            return TikTokControl.Invalid("warehouse_id", $"The SKU is stocked in {string.Join(", ", sku.Inventory.Select(i => i.WarehouseId))}; name one of them.");
        }
        line.Quantity = quantity;
        product.UpdateTime = clock.GetUtcNow().ToUnixTimeSeconds();
        row.Write(product);
        await db.SaveChangesAsync(ct);
        return TikTokControl.Ok(new { seller_sku = sellerSku, sku_id = sku.Id, product_id = product.Id, warehouse_id = line.WarehouseId, quantity });
    }

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
