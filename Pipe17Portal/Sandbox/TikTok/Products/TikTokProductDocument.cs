namespace Pipe17Portal.Sandbox.TikTok.Products;

/// <summary>The 202309 product object as Get Product returns it, with each SKU's stock per warehouse.</summary>
public sealed class TikTokProductDocument
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public string Status { get; set; } = "ACTIVATE";
    public long CreateTime { get; set; }
    public long UpdateTime { get; set; }
    public List<string> SalesRegions { get; set; } = ["US"];
    public bool IsCodAllowed { get; set; }
    public bool IsNotForSale { get; set; }
    public required List<TikTokSku> Skus { get; set; }
}

public sealed class TikTokSku
{
    public required string Id { get; set; }
    public required string SellerSku { get; set; }
    public required string ExternalSkuId { get; set; }
    public required TikTokPrice Price { get; set; }
    public required List<TikTokSkuInventory> Inventory { get; set; }
    public required List<TikTokSalesAttribute> SalesAttributes { get; set; }
    public required TikTokIdentifierCode IdentifierCode { get; set; }
    public string SkuUnitCount { get; set; } = "1.00";
}

public sealed record TikTokPrice(string Currency, string SalePrice, string TaxExclusivePrice);

public sealed class TikTokSkuInventory
{
    public required string WarehouseId { get; set; }
    public int Quantity { get; set; }
}

public sealed record TikTokSalesAttribute(string Id, string Name, string ValueId, string ValueName);

public sealed record TikTokIdentifierCode(string Code, string Type);
