namespace Pipe17Portal.Connectors.TikTokShop.Api.Products;

/// <summary>A product of Search Products or Get Product.</summary>
public sealed record TikTokProduct
{
    public required string Id { get; init; }
    public string? Title { get; init; }

    /// <summary>DRAFT, PENDING, FAILED, ACTIVATE, SELLER_DEACTIVATED, PLATFORM_DEACTIVATED, FREEZE or DELETED. Only ACTIVATE takes inventory updates.</summary>
    public string? Status { get; init; }

    public long? CreateTime { get; init; }
    public long? UpdateTime { get; init; }
    public IReadOnlyList<string> SalesRegions { get; init; } = [];
    public IReadOnlyList<TikTokSku> Skus { get; init; } = [];
}

public sealed record TikTokSku
{
    public required string Id { get; init; }
    public string? SellerSku { get; init; }
    public string? ExternalSkuId { get; init; }
    public TikTokSkuPrice? Price { get; init; }
    public IReadOnlyList<TikTokWarehouseQuantity> Inventory { get; init; } = [];
    public TikTokIdentifierCode? IdentifierCode { get; init; }
}

public sealed record TikTokSkuPrice
{
    public string? Currency { get; init; }
    public string? SalePrice { get; init; }
    public string? TaxExclusivePrice { get; init; }
}

public sealed record TikTokWarehouseQuantity
{
    public string? WarehouseId { get; init; }
    public int? Quantity { get; init; }
}

/// <summary>GTIN, EAN, UPC, ISBN or JAN.</summary>
public sealed record TikTokIdentifierCode
{
    public string? Code { get; init; }
    public string? Type { get; init; }
}

public sealed record TikTokProductPage
{
    public IReadOnlyList<TikTokProduct> Products { get; init; } = [];
    public string? NextPageToken { get; init; }
    public long? TotalCount { get; init; }
}

public sealed record TikTokProductSearchFilter
{
    /// <summary>ALL, DRAFT, PENDING, FAILED, ACTIVATE, SELLER_DEACTIVATED, PLATFORM_DEACTIVATED, FREEZE or DELETED.</summary>
    public string? Status { get; init; }

    public IReadOnlyList<string>? SellerSkus { get; init; }
    public long? CreateTimeGe { get; init; }
    public long? CreateTimeLe { get; init; }
    public long? UpdateTimeGe { get; init; }
    public long? UpdateTimeLe { get; init; }
}
