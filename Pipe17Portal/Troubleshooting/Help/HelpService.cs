using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Security;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Troubleshooting.Help;

/// <summary>
/// The help pages' data: the index by category and one article as HTML with the checks that diagnose it (only checks this
/// portal actually runs, so every "Checks for this" link lands on a real result) and its related articles.
/// </summary>
public sealed class HelpService(HelpLibrary library, CheckRunner checks, CurrentMember current) : IHelpApi
{
    /// <summary>How many related articles an article page lists.</summary>
    public const int MaxRelated = 6;

    public async Task<IReadOnlyList<HelpSection>> IndexAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        return [.. library.Articles.GroupBy(a => a.Category).OrderBy(g => g.Key)
            .Select(g => new HelpSection(ToContract(g.Key), [.. g.Select(Summary)]))];
    }

    public async Task<HelpArticleView> GetAsync(string slug, CancellationToken ct = default)
    {
        await current.RequireAsync();
        var article = library.Find(slug ?? "")
            ?? throw new ApiProblemException(System.Net.HttpStatusCode.NotFound, "Not found",
                $"There is no help article '{slug}'. Open the help index (/help) to see every article.");
        var titles = checks.Catalog().ToDictionary(c => c.Key, c => c.Title, StringComparer.Ordinal);
        var relatedChecks = article.Checks.Where(titles.ContainsKey).Select(k => new HelpCheckLink(k, titles[k])).ToList();
        return new HelpArticleView(article.Slug, article.Title, article.Summary, ToContract(article.Category),
            HelpMarkdown.ToHtml(article.Markdown), relatedChecks, [.. Related(article).Select(Summary)]);
    }

    /// <summary>The articles this one links to, in order, then those sharing one of its checks.</summary>
    private IEnumerable<HelpArticle> Related(HelpArticle article) =>
        HelpMarkdown.LinkedSlugs(article.Markdown).Select(library.Find).OfType<HelpArticle>()
            .Concat(library.Articles.Where(a => a.Checks.Intersect(article.Checks, StringComparer.Ordinal).Any()))
            .Where(a => !string.Equals(a.Slug, article.Slug, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(a => a.Slug, StringComparer.OrdinalIgnoreCase)
            .Take(MaxRelated);

    private static HelpArticleSummary Summary(HelpArticle a) => new(a.Slug, a.Title, a.Summary, ToContract(a.Category), a.Keywords);

    private static HelpArticleCategory ToContract(HelpCategory category) => (HelpArticleCategory)(int)category;
}
