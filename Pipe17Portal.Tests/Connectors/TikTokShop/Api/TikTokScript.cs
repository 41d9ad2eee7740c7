using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

/// <summary>TikTok's canned answers (envelope, tokens, errors) and what a TikTok request carries, on the tests' <see cref="ScriptedHttpHandler"/>.</summary>
public static class TikTokScript
{
    extension(ScriptedHttpHandler http)
    {
        /// <summary>The requests to the open API, without those to the auth host's token endpoints.</summary>
        public List<RecordedRequest> OpenApiRequests => [.. http.Requests.Where(r => !r.Uri.AbsolutePath.Contains("/api/v2/token/", StringComparison.Ordinal))];

        public ScriptedHttpHandler ThenData(string dataJson) =>
            http.ThenOk($$"""{"code":0,"message":"Success","request_id":"20240101000000AAAA","data":{{dataJson}}}""");

        public ScriptedHttpHandler ThenTokens(string accessToken, long accessExpiresAt, string refreshToken = "refresh-2", long refreshExpiresAt = 1_900_000_000) =>
            http.ThenData($$"""{"access_token":"{{accessToken}}","access_token_expire_in":{{accessExpiresAt}},"refresh_token":"{{refreshToken}}","refresh_token_expire_in":{{refreshExpiresAt}},"open_id":"7010736057180325637","seller_name":"Acme","seller_base_region":"US","user_type":0,"granted_scopes":["seller.order.info"]}""");

        public ScriptedHttpHandler ThenError(HttpStatusCode status, int code, string message) =>
            http.Then(status, $$"""{"code":{{code}},"message":"{{message}}","request_id":"20240101000000BBBB"}""");
    }

    extension(RecordedRequest request)
    {
        /// <summary>The x-tts-access-token header.</summary>
        public string? AccessToken => request.Header("x-tts-access-token");
    }
}
