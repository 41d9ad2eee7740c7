using System.Text.RegularExpressions;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// Corrects a question's misspelt words against the words the help articles use ("invetory" → "inventory", "salesfroce" →
/// "salesforce"), so the sentence model, which only knows real words, sees what the merchant meant. A word is only replaced
/// when it is neither a word of the help nor a whole word the model knows (so "connecting" stays, though the help only says
/// "connection"), and one article word is within one edit (two for long words); among equals the most used wins. Short words
/// (under 4 letters) are left alone: too many real words are one edit apart.
/// </summary>
public sealed partial class SpellingCorrector
{
    private readonly Dictionary<string, int> vocabulary;
    private readonly IReadOnlySet<string> known;

    /// <param name="known">Real words to leave alone even if the help never uses them (the model's vocabulary).</param>
    public SpellingCorrector(IEnumerable<string> texts, IReadOnlySet<string>? known = null)
    {
        this.known = known ?? new HashSet<string>();
        vocabulary = texts.SelectMany(t => Word().Matches(t.ToLowerInvariant()).Select(m => m.Value))
            .GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>
    /// Unknown words looked up per question; later ones are left as they are. A question has a typo or two, and each lookup
    /// compares the word with the help's whole vocabulary, so a question of made-up words would otherwise cost far more.
    /// </summary>
    public const int MaxCorrections = 8;

    public string Correct(string question)
    {
        var lookups = 0;
        return Word().Replace(question, m =>
        {
            var word = m.Value.ToLowerInvariant();
            return IsKnown(word) || ++lookups > MaxCorrections ? m.Value : Closest(word) ?? m.Value;
        });
    }

    /// <summary>Too short to correct safely, a word of the help or of the model, or a code with digits: left as it is.</summary>
    private bool IsKnown(string word) => word.Length < 4 || vocabulary.ContainsKey(word) || known.Contains(word) || word.Any(char.IsDigit);

    /// <summary>The help's word within one edit (two for long words), the most used among equals; null when there is none.</summary>
    private string? Closest(string word)
    {
        var limit = word.Length >= 7 ? 2 : 1;
        return vocabulary.Where(v => Math.Abs(v.Key.Length - word.Length) <= limit && v.Key[0] == word[0])
            .Select(v => (v.Key, v.Value, Distance: Distance(word, v.Key, limit)))
            .Where(v => v.Distance <= limit)
            .OrderBy(v => v.Distance).ThenByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
            .FirstOrDefault().Key;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment) distance, stopping early once past the limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
                rowMin = Math.Min(rowMin, d[i, j]);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
        }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9]*")]
    private static partial Regex Word();
}
