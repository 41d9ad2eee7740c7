using System.Security.Cryptography;
using System.Text;

namespace Pipe17Portal.Connectors.TikTokShop.Webhooks;

/// <summary>TikTok signs a webhook as hex(HMAC-SHA256(app_secret, app_key + raw body)) in the Authorization header.</summary>
public static class TikTokWebhookSignature
{
    public static string Compute(string appKey, string appSecret, ReadOnlySpan<byte> rawBody)
    {
        var key = Encoding.UTF8.GetBytes(appKey);
        var message = new byte[key.Length + rawBody.Length];
        key.CopyTo(message, 0);
        rawBody.CopyTo(message.AsSpan(key.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), message));
    }

    /// <summary>Checks the raw bytes as received (re-serialized JSON would not match), in constant time.</summary>
    public static bool IsValid(string appKey, string appSecret, ReadOnlySpan<byte> rawBody, string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(appKey, appSecret, rawBody));
        var given = Encoding.ASCII.GetBytes(authorizationHeader.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
