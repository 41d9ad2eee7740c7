using System.Text;
using System.Text.Json;

namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>Reads claims of a JWT without validating it: the portal only reports what a token says (scopes, expiry).</summary>
public static class SfccJwt
{
    /// <summary>The <c>scope</c> claim as a list (Account Manager sends an array, SLAS a space-separated string); empty when absent or not a JWT.</summary>
    public static IReadOnlyList<string> ReadScopes(string token)
    {
        if (Payload(token) is not { } payload || !payload.TryGetProperty("scope", out var scope))
        {
            return [];
        }

        return scope.ValueKind switch
        {
            JsonValueKind.String => Split(scope.GetString()),
            JsonValueKind.Array => [.. scope.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).SelectMany(s => Split(s.GetString()))],
            _ => [],
        };
    }

    /// <summary>The <c>exp</c> claim, when the token is a JWT that has one.</summary>
    public static DateTimeOffset? ReadExpiry(string token) =>
        Payload(token) is { } payload && payload.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static IReadOnlyList<string> Split(string? scopes) =>
        scopes is null ? [] : scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JsonElement? Payload(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var base64 = parts[1].Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
