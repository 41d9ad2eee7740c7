namespace Pipe17Portal.Troubleshooting.Help;

/// <summary>Setup, Concepts or Troubleshooting: how the help index groups articles.</summary>
public enum HelpCategory
{
    Setup = 0,
    Concepts = 1,
    Troubleshooting = 2,
}

/// <summary>
/// One help article as written in <c>Help/Articles/{slug}.md</c>: its front matter (title, summary, category, the checks it
/// explains, the words merchants use for it) and its Markdown body, with the body as plain text for search.
/// </summary>
public sealed record HelpArticle(
    string Slug,
    string Title,
    string Summary,
    HelpCategory Category,
    IReadOnlyList<string> Checks,
    IReadOnlyList<string> Keywords,
    string Markdown,
    string PlainText);
