namespace Pipe17Portal.Connectors.TikTokShop.Api.Products;

/// <summary>Up to 100 product ids or 600 SKU ids; when both are given TikTok uses the SKU ids.</summary>
public sealed record TikTokInventorySearchRequest
{
    public IReadOnlyList<string>? ProductIds { get; init; }
    public IReadOnlyList<string>? SkuIds { get; init; }
}

public sealed record TikTokInventorySearchResult
{
    public IReadOnlyList<TikTokProductInventory> Inventory { get; init; } = [];
}

public sealed record TikTokProductInventory
{
    public required string ProductId { get; init; }
    public IReadOnlyList<TikTokSkuStock> Skus { get; init; } = [];
}

public sealed record TikTokSkuStock
{
    public required string Id { get; init; }
    public string? SellerSku { get; init; }
    public int? TotalAvailableQuantity { get; init; }
    public int? TotalCommittedQuantity { get; init; }
    public IReadOnlyList<TikTokWarehouseStock> WarehouseInventory { get; init; } = [];
}

public sealed record TikTokWarehouseStock
{
    public string? WarehouseId { get; init; }
    public int? AvailableQuantity { get; init; }
    public int? CommittedQuantity { get; init; }
}
