using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>Exchanges an auth code for tokens and refreshes them, on the auth host (or the sandbox's).</summary>
public sealed class TikTokAuthClient(IHttpClientFactory httpClients)
{
    public const string GetTokenEndpoint = "GET /api/v2/token/get";
    public const string RefreshTokenEndpoint = "GET /api/v2/token/refresh";

    private static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(TikTokJson.Options));

    /// <summary>The seller-facing page that asks to authorize the app; TikTok comes back with <c>code</c> and <c>state</c>.</summary>
    public static Uri BuildAuthorizeUrl(TikTokEndpoints endpoints, string serviceId, string state)
    {
        var url = endpoints.AuthorizeUrl.ToString();
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri($"{url}{separator}service_id={Uri.EscapeDataString(serviceId)}&state={Uri.EscapeDataString(state)}");
    }

    public async Task<TikTokResult<TikTokTokens>> GetTokenAsync(TikTokEndpoints endpoints, TikTokAppCredentials app, string authCode, CancellationToken ct) =>
        (await TikTokCall.SendAsync<TikTokTokenData>(
            GetTokenEndpoint,
            () => Api(endpoints).GetTokenAsync(app.AppKey, app.AppSecret, authCode, "authorized_code", ct),
            ct)).Map(data => data.ToTokens());

    public async Task<TikTokResult<TikTokTokens>> RefreshAsync(TikTokEndpoints endpoints, TikTokAppCredentials app, string refreshToken, CancellationToken ct) =>
        (await TikTokCall.SendAsync<TikTokTokenData>(
            RefreshTokenEndpoint,
            () => Api(endpoints).RefreshTokenAsync(app.AppKey, app.AppSecret, refreshToken, "refresh_token", ct),
            ct)).Map(data => data.ToTokens());

    private ITikTokAuthApi Api(TikTokEndpoints endpoints)
    {
        var http = httpClients.CreateClient(TikTokHttpClients.Auth);
        http.BaseAddress = TikTokBaseAddress.Of(endpoints.AuthBaseUrl);
        http.Timeout = Timeout.InfiniteTimeSpan;
        return RestService.ForGenerated<ITikTokAuthApi>(http, Settings);
    }
}
