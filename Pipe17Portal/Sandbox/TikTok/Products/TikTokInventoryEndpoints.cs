using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Products;

/// <summary>
/// `POST /product/202309/products/{product_id}/inventory/update` (one product per call; every warehouse of each SKU listed;
/// per-SKU failures in data.errors under code 0) and `POST /product/202309/inventory/search`.
/// </summary>
public static class TikTokInventoryEndpoints
{
    private const int MaxQuantity = 99_999;

    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("POST", "/product/202309/products/{product_id}/inventory/update", TikTokScopes.ProductWrite, UpdateAsync),
        new("POST", "/product/202309/inventory/search", TikTokScopes.ProductRead, SearchAsync),
    ];

    private static async Task<TikTokReply> UpdateAsync(TikTokCall call)
    {
        var body = call.ReadBody<UpdateBody>();
        if (body.Skus is not { Count: > 0 })
        {
            throw new TikTokParamsException("skus is required: [{id, inventory:[{warehouse_id, quantity}]}].");
        }
        if (body.Skus.SelectMany(s => s.Inventory ?? []).FirstOrDefault(i => i.Quantity is null or < 0 or > MaxQuantity) is { } bad)
        {
            return TikTokReply.Error(12052055, $"The quantity {bad.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is out of range: each quantity must be from 0 to 99,999.");
        }
        var productId = call.Route("product_id");
        // One product per call: only its row is read (a shop may hold tens of thousands).
        var row = await call.Db.TikTokProducts.SingleOrDefaultAsync(p => p.AccountId == call.Account.Id && p.Id == productId, call.Aborted);
        var product = row?.Read();
        if (row is null || product is null)
        {
            var notFound = TikTokCatalog.ProductNotFound(productId);
            return TikTokReply.Error(notFound.Code, notFound.Message);
        }
        if (product.Status != "ACTIVATE")
        {
            return TikTokReply.Error(12052003, $"Product {productId} is {product.Status}; only ACTIVATE products can have their inventory updated.");
        }
        List<object> errors = [];
        foreach (var update in body.Skus)
        {
            var sku = product.Skus.FirstOrDefault(s => s.Id == update.Id);
            List<object> problems = sku is null
                ? [Extra(12052007, $"SKU {update.Id} does not belong to product {productId}; update each product's SKUs in a call of its own.", null)]
                : Problems(sku, update.Inventory ?? []);
            if (problems.Count > 0)
            {
                errors.Add(new { code = 12052990, message = "batch update inventory error", detail = new { sku_id = update.Id ?? "", extra_errors = problems } });
                continue;
            }
            foreach (var line in update.Inventory!)
            {
                sku!.Inventory.Single(i => line.WarehouseId is null || i.WarehouseId == line.WarehouseId).Quantity = line.Quantity!.Value;
            }
        }
        product.UpdateTime = call.UnixNow;
        row.Write(product);
        await call.Db.SaveChangesAsync(call.Aborted);
        return TikTokReply.Ok(new { errors });
    }

    /// <summary>The warehouses listed must be exactly the SKU's; warehouse_id may be left out only when it has one.</summary>
    private static List<object> Problems(TikTokSku sku, List<InventoryLine> lines)
    {
        List<object> problems = [];
        var assigned = sku.Inventory.Select(i => i.WarehouseId).ToList();
        if (lines.Count == 0)
        {
            problems.Add(Extra(12052012, "inventory is required: list the quantity of every warehouse of the SKU.", null));
        }
        if (lines.Any(l => l.WarehouseId is null) && (assigned.Count > 1 || lines.Count > 1))
        {
            problems.Add(Extra(12052012, $"warehouse_id is required: this SKU is stocked in {assigned.Count} warehouses.", null));
        }
        foreach (var line in lines.Where(l => l.WarehouseId is not null && !assigned.Contains(l.WarehouseId)))
        {
            problems.Add(Extra(12052010, $"Warehouse {line.WarehouseId} is not assigned to this SKU.", line.WarehouseId));
        }
        if (lines.All(l => l.WarehouseId is not null))
        {
            foreach (var missing in assigned.Where(w => lines.All(l => l.WarehouseId != w)))
            {
                problems.Add(Extra(12052011, $"Warehouse {missing} of this SKU is missing: list every warehouse the SKU is stocked in.", missing));
            }
        }
        return problems;
    }

    private static object Extra(int code, string message, string? warehouseId) => new { code, message, warehouse_id = warehouseId };

    private static async Task<TikTokReply> SearchAsync(TikTokCall call)
    {
        var body = call.ReadBody<SearchBody>();
        if (body.SkuIds is { Count: > 600 } || body.ProductIds is { Count: > 100 })
        {
            throw new TikTokParamsException("at most 600 sku_ids or 100 product_ids are allowed per call.");
        }
        if (body.SkuIds is not { Count: > 0 } && body.ProductIds is not { Count: > 0 })
        {
            throw new TikTokParamsException("product_ids or sku_ids is required.");
        }
        var products = (await TikTokCatalog.LoadAsync(call.Db, call.Account.Id, track: false, call.Aborted)).Select(p => p.Product);
        var bySku = body.SkuIds is { Count: > 0 };
        var inventory = products
            .Select(p => new { product = p, skus = p.Skus.Where(s => bySku ? body.SkuIds!.Contains(s.Id) : body.ProductIds!.Contains(p.Id)).ToList() })
            .Where(p => p.skus.Count > 0)
            .Select(p => new
            {
                product_id = p.product.Id,
                skus = p.skus.Select(s => new
                {
                    s.Id,
                    s.SellerSku,
                    total_available_quantity = s.Inventory.Sum(i => i.Quantity),
                    total_committed_quantity = 0,
                    warehouse_inventory = s.Inventory.Select(i => new { warehouse_id = i.WarehouseId, available_quantity = i.Quantity, committed_quantity = 0 }).ToList(),
                }).ToList(),
            })
            .ToList();
        return TikTokReply.Ok(new { inventory });
    }

    private sealed class UpdateBody
    {
        public List<SkuUpdate>? Skus { get; set; }
    }

    private sealed class SkuUpdate
    {
        public string? Id { get; set; }
        public List<InventoryLine>? Inventory { get; set; }
    }

    private sealed class InventoryLine
    {
        public string? WarehouseId { get; set; }
        public int? Quantity { get; set; }
    }

    private sealed class SearchBody
    {
        public List<string>? ProductIds { get; set; }
        public List<string>? SkuIds { get; set; }
    }
}
