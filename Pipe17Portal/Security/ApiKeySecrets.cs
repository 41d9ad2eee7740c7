using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Pipe17Portal.Security;

/// <summary>
/// API key and token material. Secrets have 256 bits of entropy, so a plain SHA-256 is a safe way to store them
/// (a slow password hash buys nothing here and would cost every API call).
/// </summary>
public static class ApiKeySecrets
{
    public const string KeyPrefix = "p17_";

    public static string NewApiKey() => KeyPrefix + NewToken();

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>What the UI shows so a merchant can tell keys apart: the prefix and the first characters.</summary>
    public static string DisplayPrefix(string secret) => secret[..Math.Min(secret.Length, KeyPrefix.Length + 6)];
}
