using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Client.Features.Help;

/// <summary>
/// The help index's filter box: an article stays when every word typed appears in its title, summary or keywords
/// (case ignored), so "tracking tiktok" narrows rather than widens. Ranking questions is the Ask panel's job, not this.
/// </summary>
public static class HelpFilter
{
    public static bool Matches(HelpArticleSummary article, string? query)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return true;
        }
        var text = string.Join(' ', [article.Title, article.Summary, .. article.Keywords]);
        return words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sections with only their matching articles; sections left empty are dropped.</summary>
    public static IReadOnlyList<HelpSection> Apply(IReadOnlyList<HelpSection> sections, string? query) =>
        [.. sections.Select(s => s with { Articles = [.. s.Articles.Where(a => Matches(a, query))] }).Where(s => s.Articles.Count > 0)];

    public static string Title(HelpArticleCategory category) => category switch
    {
        HelpArticleCategory.Setup => "Setup",
        HelpArticleCategory.Concepts => "Concepts",
        HelpArticleCategory.Troubleshooting => "Troubleshooting",
        _ => category.ToString(),
    };
}
