namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed record TikTokTokens(
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    IReadOnlyList<string> GrantedScopes,
    string? OpenId,
    string? SellerName,
    string? SellerBaseRegion);
