namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary><c>data</c> of token get/refresh. The <c>*_expire_in</c> values are absolute Unix times, not durations.</summary>
public sealed record TikTokTokenData
{
    public required string AccessToken { get; init; }
    public required long AccessTokenExpireIn { get; init; }
    public required string RefreshToken { get; init; }
    public required long RefreshTokenExpireIn { get; init; }
    public string? OpenId { get; init; }
    public string? SellerName { get; init; }
    public string? SellerBaseRegion { get; init; }
    public int? UserType { get; init; }
    public IReadOnlyList<string>? GrantedScopes { get; init; }

    public TikTokTokens ToTokens() => new(
        AccessToken,
        DateTimeOffset.FromUnixTimeSeconds(AccessTokenExpireIn),
        RefreshToken,
        DateTimeOffset.FromUnixTimeSeconds(RefreshTokenExpireIn),
        GrantedScopes ?? [],
        OpenId,
        SellerName,
        SellerBaseRegion);
}
