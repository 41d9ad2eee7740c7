using System.Text;

namespace Pipe17Portal.Domain.Products;

/// <summary>
/// Two SKUs that differ only in case, spaces (around or inside) or leading zeros of a number are a near miss: most likely
/// the same item typed differently on each side. Matching itself stays exact; this only finds what to offer the merchant.
/// </summary>
public static class SkuNearMiss
{
    /// <summary>The SKU folded: no whitespace, upper case, each run of digits without its leading zeros.</summary>
    public static string Key(string sku) => Fold(sku, upper: true);

    public static bool Near(string a, string b) => !string.Equals(a, b, StringComparison.Ordinal) && Key(a) == Key(b);

    /// <summary>How two near-miss SKUs differ, in words, e.g. "case, surrounding spaces".</summary>
    public static string Difference(string a, string b)
    {
        var parts = new List<string>();
        if (Fold(a, upper: false) != Fold(b, upper: false))
        {
            parts.Add("case");
        }
        if (a.Length != a.Trim().Length || b.Length != b.Trim().Length)
        {
            parts.Add("surrounding spaces");
        }
        if (a.Trim().Count(char.IsWhiteSpace) != b.Trim().Count(char.IsWhiteSpace))
        {
            parts.Add("inner spaces");
        }
        if (NoSpaces(a).ToUpperInvariant() != NoSpaces(b).ToUpperInvariant())
        {
            parts.Add("leading zeros");
        }
        return parts.Count == 0 ? "spacing" : string.Join(", ", parts);
    }

    private static string NoSpaces(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);

    private static string Fold(string sku, bool upper)
    {
        var s = NoSpaces(sku);
        var folded = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            // A zero that starts a run of digits goes, unless the run's last digit ("007" → "7", "0" stays "0").
            var startsRun = i == 0 || !char.IsAsciiDigit(s[i - 1]) || folded.Length == 0 || !char.IsAsciiDigit(folded[^1]);
            if (c == '0' && startsRun && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                continue;
            }
            folded.Append(upper ? char.ToUpperInvariant(c) : c);
        }
        return folded.ToString();
    }
}
