namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>Body of Search Orders. <c>*_ge</c> is inclusive, <c>*_lt</c> exclusive; all Unix seconds.</summary>
public sealed record TikTokOrderSearchFilter
{
    public string? OrderStatus { get; init; }
    public long? CreateTimeGe { get; init; }
    public long? CreateTimeLt { get; init; }
    public long? UpdateTimeGe { get; init; }
    public long? UpdateTimeLt { get; init; }
    public string? ShippingType { get; init; }
    public string? BuyerUserId { get; init; }
    public bool? IsBuyerRequestCancel { get; init; }
    public IReadOnlyList<string>? WarehouseIds { get; init; }
}

/// <summary>Query side of Search Orders.</summary>
/// <param name="SortField"><c>create_time</c> (TikTok's default) or <c>update_time</c>.</param>
/// <param name="SortOrder"><c>ASC</c> or <c>DESC</c> (TikTok's default).</param>
public sealed record TikTokOrderSearchOptions(int PageSize = 50, string? SortField = null, string? SortOrder = null);
