namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>
/// One page of Search Orders. <see cref="NextPageToken"/> is empty or absent on the last page. <see cref="Rejected"/>
/// holds the orders of the page that carry an id but cannot be read, so one malformed order does not spoil its page.
/// </summary>
public sealed record TikTokOrderPage(IReadOnlyList<TikTokOrder> Orders, string? NextPageToken, long? TotalCount)
{
    public bool IsLast => string.IsNullOrEmpty(NextPageToken);

    public IReadOnlyList<TikTokRejectedOrder> Rejected { get; init; } = [];
}

/// <summary>An order TikTok sent that cannot be read: its id, its JSON as received, and what is wrong with it.</summary>
public sealed record TikTokRejectedOrder(string Id, string RawJson, string Problem);
