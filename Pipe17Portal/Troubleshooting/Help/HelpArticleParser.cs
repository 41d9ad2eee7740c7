using Markdig;

namespace Pipe17Portal.Troubleshooting.Help;

/// <summary>
/// Reads an article file: a front matter block between <c>---</c> lines of <c>key: value</c> pairs (title, summary, category,
/// checks and keywords as comma-separated lists), then Markdown. A malformed article fails loudly at start-up with its
/// file name, so a broken help page never ships.
/// </summary>
public static class HelpArticleParser
{
    private static readonly MarkdownPipeline PlainPipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static HelpArticle Parse(string slug, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            throw new FormatException($"Help article '{slug}' must start with a '---' front matter block.");
        }
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw new FormatException($"Help article '{slug}': the front matter block is not closed with '---'.");
        }
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..end].Where(l => l.Trim().Length > 0))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"Help article '{slug}': front matter line '{line}' is not 'key: value'.");
            }
            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        string Required(string key) => fields.TryGetValue(key, out var v) && v.Length > 0
            ? v : throw new FormatException($"Help article '{slug}': front matter needs '{key}'.");
        IReadOnlyList<string> List(string key) => fields.TryGetValue(key, out var v)
            ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

        if (!Enum.TryParse<HelpCategory>(Required("category"), ignoreCase: true, out var category))
        {
            throw new FormatException($"Help article '{slug}': category must be Setup, Concepts or Troubleshooting.");
        }
        var markdown = string.Join('\n', lines[(end + 1)..]).Trim();
        return new HelpArticle(slug, Required("title"), Required("summary"), category, List("checks"), List("keywords"),
            markdown, Markdown.ToPlainText(markdown, PlainPipeline).Trim());
    }
}
