namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>A TikTok Shop connection's settings as the merchant sees them. The app secret is never sent back, only whether it is set.</summary>
public sealed record TikTokSettingsView(
    Guid ConnectionId,
    string DisplayName,
    ConnectionStatus Status,
    string? StatusMessage,
    string AppKey,
    bool AppSecretSet,
    string ServiceId,
    string Region,
    bool PullOrders,
    bool PushFulfillments,
    bool PushInventory,
    int OrderHoldMinutes,
    bool IsSandbox,
    string? ShopName,
    string? ShopRegion,
    string? ShopId,
    IReadOnlyList<TikTokShopChoice> PendingShops,
    /// <summary>The connection's settings version this view was read at; send it back with the save.</summary>
    int Version = 0);

/// <summary><c>AppSecret</c> null keeps the stored secret; a value replaces it.</summary>
public sealed record TikTokSettingsUpdate(
    string AppKey,
    string? AppSecret,
    string ServiceId,
    string Region,
    bool PullOrders,
    bool PushFulfillments,
    bool PushInventory,
    int OrderHoldMinutes,
    /// <summary>The version the page read (<see cref="TikTokSettingsView.Version"/>); a stale one answers 409.</summary>
    int? Version = null);

public sealed record TikTokAuthorizeStart(string AuthorizeUrl);

/// <summary>A shop the seller authorized, offered when the authorization covers more than one.</summary>
public sealed record TikTokShopChoice(string Id, string Name, string Region, string SellerType);

public sealed record TikTokSelectShopRequest(string ShopId);
