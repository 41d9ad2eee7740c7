using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipe17Portal.Features.Support;

/// <summary>
/// Takes every secret out of a JSON tree, three ways, because a secret missed once is a secret sent to a third party:
/// properties whose name says secret (password, client secret, token, API key, webhook secret, …) lose their value;
/// every known secret value (the workspace's stored credentials, decrypted) is cut out of any text it appears in (an error
/// message quoting a token, say); and anything shaped like a JWT or a bearer token is cut out too.
/// </summary>
public sealed partial class SecretRedactor(IEnumerable<string> knownSecrets)
{
    public const string Redacted = "[redacted]";

    /// <summary>Shorter values would cut ordinary words out of messages; no real credential is this short.</summary>
    private const int MinimumSecretLength = 4;

    private readonly List<string> secrets = [.. knownSecrets.SelectMany(Expand).Where(s => s.Length >= MinimumSecretLength).Distinct().OrderByDescending(s => s.Length)];

    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    /// <summary>Redacts the tree in place and returns it.</summary>
    public JsonNode? Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (IsSecretName(name) && value is not null)
                    {
                        // A secret-named value goes entirely, even an object or a list (e.g. "tokens": {...}).
                        obj[name] = Redacted;
                    }
                    else if (value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        obj[name] = RedactText(text);
                    }
                    else
                    {
                        Redact(value);
                    }
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        array[i] = RedactText(text);
                    }
                    else
                    {
                        Redact(array[i]);
                    }
                }
                return array;
            case JsonValue value when value.TryGetValue<string>(out var single):
                return RedactText(single);
            default:
                return node;
        }
    }

    public string RedactText(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Redacted, StringComparison.Ordinal);
        }
        text = Jwt().Replace(text, Redacted);
        return Bearer().Replace(text, "Bearer " + Redacted);
    }

    /// <summary>
    /// A stored secret may itself be JSON (TikTok's tokens): the values of its secret-named properties are secrets too. Its
    /// other values (a seller name, a region, an open id) are not, and cutting them would maim ordinary text.
    /// </summary>
    private static IEnumerable<string> Expand(string secret)
    {
        yield return secret;
        if (!secret.TrimStart().StartsWith('{'))
        {
            yield break;
        }
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(secret);
        }
        catch (JsonException)
        {
            yield break;
        }
        foreach (var leaf in Leaves(parsed))
        {
            yield return leaf;
        }
    }

    private static IEnumerable<string> Leaves(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => IsSecretName(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? [text] : Leaves(p.Value)),
        JsonArray array => array.SelectMany(Leaves),
        _ => [],
    };

    [GeneratedRegex(@"(pass(word|wd)?|secret|token|api[-_]?key|apikey|credential|authorization|signature|private[-_]?key|cookie)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9._~+/=-]{8,}", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();
}
