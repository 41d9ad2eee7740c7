using System.Text;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Signing;

/// <summary>The query string as TikTok signs it: decoded values, repeated keys comma-joined, empty values dropped.</summary>
public static class TikTokQuery
{
    public static List<KeyValuePair<string, string>> Parse(string query)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=');
            var key = Decode(separator < 0 ? part : part[..separator]);
            var value = separator < 0 ? "" : Decode(part[(separator + 1)..]);
            if (value.Length == 0)
            {
                continue;
            }

            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
                order.Add(key);
            }

            list.Add(value);
        }

        return [.. order.Select(key => KeyValuePair.Create(key, string.Join(',', values[key])))];
    }

    public static string Format(IEnumerable<KeyValuePair<string, string>> query)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in query.Where(p => p.Value.Length > 0))
        {
            text.Append(text.Length == 0 ? "" : "&").Append(Encode(key)).Append('=').Append(Encode(value));
        }

        return text.ToString();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    // Commas stay literal, as TikTok's own SDK sends array parameters (ids=1,2,3).
    private static string Encode(string text) => Uri.EscapeDataString(text).Replace("%2C", ",", StringComparison.Ordinal);
}
