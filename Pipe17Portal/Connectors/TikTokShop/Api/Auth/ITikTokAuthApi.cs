using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>The auth host: not signed; the app secret travels in the query.</summary>
public interface ITikTokAuthApi
{
    [Get("/api/v2/token/get")]
    Task<HttpResponseMessage> GetTokenAsync(
        [AliasAs("app_key")] string appKey,
        [AliasAs("app_secret")] string appSecret,
        [AliasAs("auth_code")] string authCode,
        [AliasAs("grant_type")] string grantType,
        CancellationToken ct);

    [Get("/api/v2/token/refresh")]
    Task<HttpResponseMessage> RefreshTokenAsync(
        [AliasAs("app_key")] string appKey,
        [AliasAs("app_secret")] string appSecret,
        [AliasAs("refresh_token")] string refreshToken,
        [AliasAs("grant_type")] string grantType,
        CancellationToken ct);
}
