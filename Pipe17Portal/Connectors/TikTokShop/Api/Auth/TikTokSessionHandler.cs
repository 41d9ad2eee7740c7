using System.Text.Json;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>
/// Outermost handler of one shop's client: attaches the shop to the request and a valid access token, and on 105002
/// refreshes once and sends the call once more; refused again several times in a row, the connection needs re-authorization.
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
            tokens.Accepted(shop);
            return response;
        }

        response.Dispose();
        Authorize(request, await tokens.RefreshRejectedAsync(shop, accessToken, cancellationToken));
        var again = await base.SendAsync(request, cancellationToken);
        if (await IsExpiredTokenAsync(again, cancellationToken))
        {
            // Every flow's call passes here: one place turns the connection to Needs re-authorization (and stops its flows),
            // when fresh tokens keep being refused.
            await tokens.RefusedAfterRefreshAsync(shop, cancellationToken);
        }
        return again;
    }

    private static void Authorize(HttpRequestMessage request, string accessToken)
    {
        request.Headers.Remove(AccessTokenHeader);
        request.Headers.TryAddWithoutValidation(AccessTokenHeader, accessToken);
    }

    private static async Task<bool> IsExpiredTokenAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await response.Content.LoadIntoBufferAsync(ct);
        return IsExpiredToken(await response.Content.ReadAsByteArrayAsync(ct));
    }

    /// <summary>
    /// Whether the envelope's top-level <c>code</c> is the expired-token code. Reads only as far as that property (TikTok
    /// writes it first) instead of parsing the whole body, which for a page of order details is a few hundred kilobytes.
    /// </summary>
    public static bool IsExpiredToken(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                reader.Read();
                if (isCode)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && value == TikTokErrorCodes.ExpiredAccessToken;
                }
                reader.Skip();
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
