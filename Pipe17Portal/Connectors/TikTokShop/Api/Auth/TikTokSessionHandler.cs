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
    /// Whether TikTok refused the access token: the envelope's top-level <c>code</c> is 105002 (expired), or 36009004 with a
    /// message about the access token. 36009004 is reused for several refusals (sign, app_key, timestamp, cipher), so the
    /// message tells them apart; the token one follows a refresh by another job that replaced the token this call carried,
    /// and is cured, like 105002, by sending the call again with the current token. Reads only as far as it needs (TikTok
    /// writes <c>code</c> first) instead of parsing the whole body, which for a page of order details is a few hundred kilobytes.
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
            int? code = null;
            string? message = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                var isMessage = reader.ValueTextEquals("message"u8);
                reader.Read();
                if (isCode)
                {
                    code = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : -1;
                    if (code == TikTokErrorCodes.ExpiredAccessToken)
                    {
                        return true;
                    }
                    if (code != TikTokErrorCodes.InvalidCredentials)
                    {
                        return false;
                    }
                }
                else if (isMessage && reader.TokenType == JsonTokenType.String)
                {
                    message = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
                if (code == TikTokErrorCodes.InvalidCredentials && message is not null)
                {
                    return message.Contains("access_token", StringComparison.OrdinalIgnoreCase);
                }
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
