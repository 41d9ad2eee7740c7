using System.Security.Cryptography;
using System.Text;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Signing;

/// <summary>TikTok's request signature: HMAC-SHA256(secret, secret + path + sorted key/values + body + secret), lower hex.</summary>
public static class TikTokSignature
{
    private static readonly HashSet<string> Unsigned = new(StringComparer.Ordinal) { "sign", "access_token" };

    public static string Compute(string appSecret, string apiPath, IEnumerable<KeyValuePair<string, string>> query, ReadOnlySpan<byte> body)
    {
        var signed = new StringBuilder(appSecret).Append(apiPath);
        foreach (var (key, value) in query.Where(p => !Unsigned.Contains(p.Key) && p.Value.Length > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            signed.Append(key).Append(value);
        }

        var head = Encoding.UTF8.GetBytes(signed.ToString());
        var tail = Encoding.UTF8.GetBytes(appSecret);
        var message = new byte[head.Length + body.Length + tail.Length];
        head.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(head.Length));
        tail.CopyTo(message, head.Length + body.Length);

        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), message));
    }

    public static string Compute(string appSecret, string apiPath, IEnumerable<KeyValuePair<string, string>> query) =>
        Compute(appSecret, apiPath, query, ReadOnlySpan<byte>.Empty);
}
