namespace Pipe17Portal.Connectors.TikTokShop.Api.Products;

/// <summary>
/// One product per call; every warehouse assigned to a SKU must be listed (the warehouse may be left out only when the
/// SKU has a single one). Quantities are absolute.
/// </summary>
public sealed record TikTokInventoryUpdateRequest(IReadOnlyList<TikTokSkuInventory> Skus);

public sealed record TikTokSkuInventory(string Id, IReadOnlyList<TikTokInventoryQuantity> Inventory);

public sealed record TikTokInventoryQuantity(int Quantity, string? WarehouseId = null);

/// <summary>Update Inventory answers <c>code: 0</c> even when SKUs failed; those are listed here.</summary>
public sealed record TikTokInventoryUpdateResult
{
    public IReadOnlyList<TikTokSkuInventoryError> Errors { get; init; } = [];

    public bool AllUpdated => Errors.Count == 0;
}

public sealed record TikTokSkuInventoryError
{
    public required int Code { get; init; }
    public string? Message { get; init; }
    public TikTokSkuInventoryErrorDetail? Detail { get; init; }

    public string? SkuId => Detail?.SkuId;
}

public sealed record TikTokSkuInventoryErrorDetail
{
    public string? SkuId { get; init; }
    public IReadOnlyList<TikTokWarehouseInventoryError> ExtraErrors { get; init; } = [];
}

public sealed record TikTokWarehouseInventoryError
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public string? WarehouseId { get; init; }
}
