using System.Reflection;

namespace Pipe17Portal.Troubleshooting.Help;

/// <summary>
/// The portal's help articles, embedded in the assembly from <c>Troubleshooting/Help/Articles/*.md</c> (so they ship with the
/// binary and tests read the same files), parsed once. Singleton.
/// </summary>
public sealed class HelpLibrary
{
    private const string Prefix = "Pipe17Portal.Help.Articles.";
    private readonly Dictionary<string, HelpArticle> bySlug;

    public HelpLibrary() : this(LoadEmbedded())
    {
    }

    public HelpLibrary(IEnumerable<HelpArticle> articles)
    {
        bySlug = articles.ToDictionary(a => a.Slug, StringComparer.OrdinalIgnoreCase);
        Articles = [.. bySlug.Values.OrderBy(a => a.Category).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)];
    }

    public IReadOnlyList<HelpArticle> Articles { get; }

    public HelpArticle? Find(string slug) => bySlug.GetValueOrDefault(slug);

    private static IEnumerable<HelpArticle> LoadEmbedded()
    {
        var assembly = typeof(HelpLibrary).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return HelpArticleParser.Parse(name[Prefix.Length..^3], reader.ReadToEnd());
        }
    }
}
