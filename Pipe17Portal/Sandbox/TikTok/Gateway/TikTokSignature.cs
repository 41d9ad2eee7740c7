using System.Security.Cryptography;
using System.Text;

namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>TikTok's request signature: HMAC-SHA256 over secret + path + sorted query + raw body + secret, lowercase hex.</summary>
public static class TikTokSignature
{
    private static readonly HashSet<string> Unsigned = ["sign", "access_token"];

    public static string Compute(string secret, string path, IEnumerable<KeyValuePair<string, string>> query, ReadOnlySpan<byte> body)
    {
        var signed = string.Concat(query
            .Where(p => !Unsigned.Contains(p.Key) && p.Value.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value));
        var head = Encoding.UTF8.GetBytes(secret + path + signed);
        var tail = Encoding.UTF8.GetBytes(secret);
        var message = new byte[head.Length + body.Length + tail.Length];
        head.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(head.Length));
        tail.CopyTo(message, head.Length + body.Length);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static bool Matches(string expected, string received) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received));
}
