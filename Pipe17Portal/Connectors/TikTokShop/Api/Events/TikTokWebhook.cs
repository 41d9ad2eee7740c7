namespace Pipe17Portal.Connectors.TikTokShop.Api.Events;

/// <summary>The address (≤255 characters) that receives one event type, e.g. ORDER_STATUS_CHANGE.</summary>
public sealed record TikTokWebhookSubscription(string Address, string EventType);

public sealed record TikTokWebhookDeletion(string EventType);

public sealed record TikTokWebhook
{
    public required string EventType { get; init; }
    public string? Address { get; init; }
    public long? CreateTime { get; init; }
    public long? UpdateTime { get; init; }
}

public sealed record TikTokWebhooks
{
    public IReadOnlyList<TikTokWebhook> Webhooks { get; init; } = [];
    public long? TotalCount { get; init; }
}

public static class TikTokEventTypes
{
    public const string OrderStatusChange = "ORDER_STATUS_CHANGE";
    public const string RecipientAddressUpdate = "RECIPIENT_ADDRESS_UPDATE";
    public const string PackageUpdate = "PACKAGE_UPDATE";
    public const string ProductStatusChange = "PRODUCT_STATUS_CHANGE";
    public const string SellerDeauthorization = "SELLER_DEAUTHORIZATION";
    public const string UpcomingAuthorizationExpiration = "UPCOMING_AUTHORIZATION_EXPIRATION";
    public const string CancellationStatusChange = "CANCELLATION_STATUS_CHANGE";
}
