namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>One page of Search Orders. <see cref="NextPageToken"/> is empty or absent on the last page.</summary>
public sealed record TikTokOrderPage(IReadOnlyList<TikTokOrder> Orders, string? NextPageToken, long? TotalCount)
{
    public bool IsLast => string.IsNullOrEmpty(NextPageToken);
}
