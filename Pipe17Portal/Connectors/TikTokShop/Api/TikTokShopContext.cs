namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <param name="ShopCipher">Sent as <c>shop_cipher</c> on shop-scoped paths; null before the shop is known.</param>
/// <param name="ConnectionName">Named in the reconnect instructions given to the merchant.</param>
public sealed record TikTokShopContext(
    Guid ConnectionId,
    TikTokEndpoints Endpoints,
    TikTokAppCredentials App,
    string? ShopCipher,
    string? ConnectionName = null);
