using System.Text.Json;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>
/// Outermost handler of one shop's client: attaches the shop to the request and a valid access token, and on 105002
/// refreshes once and sends the call once more.
/// </summary>
internal sealed class TikTokSessionHandler(TikTokShopContext shop, TikTokTokenManager tokens) : DelegatingHandler
{
    public const string AccessTokenHeader = "x-tts-access-token";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(TikTokRequestOptions.Shop, shop);
        var accessToken = await tokens.GetAccessTokenAsync(shop, cancellationToken);
        Authorize(request, accessToken);

        var response = await base.SendAsync(request, cancellationToken);
        if (!await IsExpiredTokenAsync(response, cancellationToken))
        {
            return response;
        }

        response.Dispose();
        Authorize(request, await tokens.RefreshRejectedAsync(shop, accessToken, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private static void Authorize(HttpRequestMessage request, string accessToken)
    {
        request.Headers.Remove(AccessTokenHeader);
        request.Headers.TryAddWithoutValidation(AccessTokenHeader, accessToken);
    }

    private static async Task<bool> IsExpiredTokenAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await response.Content.LoadIntoBufferAsync(ct);
        try
        {
            using var answer = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct));
            return answer.RootElement.ValueKind == JsonValueKind.Object
                && answer.RootElement.TryGetProperty("code", out var code)
                && code.TryGetInt32(out var value)
                && value == TikTokErrorCodes.ExpiredAccessToken;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
