using System.Security.Cryptography;
using System.Text;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>The test's own TikTok signer, written from the brief (not the app's code), so the emulator is checked against it.</summary>
public static class TestSigner
{
    public static string Sign(string secret, string path, IEnumerable<KeyValuePair<string, string>> query, string body = "")
    {
        var text = new StringBuilder(secret).Append(path);
        foreach (var (key, value) in query.Where(p => p.Key is not ("sign" or "access_token") && p.Value != "").OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }
        text.Append(body).Append(secret);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())).Select(b => b.ToString("x2")));
    }

    public static string SignWebhook(string appKey, string appSecret, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(appSecret));
        return string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes(appKey + body)).Select(b => b.ToString("x2")));
    }
}
