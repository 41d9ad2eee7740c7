using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>
/// Signs and checks the emulator's access tokens: JWTs as Account Manager and SLAS issue them, but HS256 with a key made
/// when the process starts (real ones are RS256/ES256). A restart therefore invalidates every token, as a key rotation would.
/// </summary>
public sealed class SfccJwt
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public string Sign(JsonObject payload)
    {
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"sandbox\"}"u8.ToArray());
        var body = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return $"{header}.{body}.{Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{body}")))}";
    }

    /// <summary>The payload of a token this emulator signed, or null when it is malformed or the signature does not match. Expiry is the caller's check.</summary>
    public JsonElement? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(expected, FromBase64Url(parts[2])))
            {
                return null;
            }
            return JsonDocument.Parse(FromBase64Url(parts[1])).RootElement;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
