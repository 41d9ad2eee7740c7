namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>How the help index groups articles, in this order.</summary>
public enum HelpArticleCategory
{
    Setup = 0,
    Concepts = 1,
    Troubleshooting = 2,
}

/// <summary>One article in a list: enough to show it and filter it by the words merchants use.</summary>
public sealed record HelpArticleSummary(string Slug, string Title, string Summary, HelpArticleCategory Category, IReadOnlyList<string> Keywords);

/// <summary>One group of the help index.</summary>
public sealed record HelpSection(HelpArticleCategory Category, IReadOnlyList<HelpArticleSummary> Articles);

/// <summary>A troubleshooting check an article explains, by key (the Troubleshooting page's anchor) and title.</summary>
public sealed record HelpCheckLink(string Key, string Title);

/// <summary>
/// An article ready to show: its body as HTML (rendered on the server, raw HTML in the Markdown never passes), the checks
/// that diagnose what it explains, and the articles it relates to.
/// </summary>
public sealed record HelpArticleView(
    string Slug,
    string Title,
    string Summary,
    HelpArticleCategory Category,
    string Html,
    IReadOnlyList<HelpCheckLink> RelatedChecks,
    IReadOnlyList<HelpArticleSummary> RelatedArticles);
