using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipe17Portal.Troubleshooting.Help;

/// <summary>
/// Turns an article's Markdown into the HTML the help page shows. Articles are trusted files, but the output is made safe
/// regardless, so a careless or hostile edit can never put script on a page: raw HTML is escaped, attribute syntax
/// (<c>{onclick=…}</c>) and embedded media are off, and a link or image whose address is not http(s), mailto or a path
/// inside the portal loses its address. Headings get ids (anchors); links to <c>/help/…</c> stay as written.
/// </summary>
public static class HelpMarkdown
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)))
        {
            link.Url = "#";
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafe(l.Url)))
        {
            autolink.Url = "#";
        }
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The slugs of the help articles this Markdown links to, in order of first appearance.</summary>
    public static IReadOnlyList<string> LinkedSlugs(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Select(l => l.Url ?? "")
            .Where(u => u.StartsWith("/help/", StringComparison.OrdinalIgnoreCase))
            .Select(u => u["/help/".Length..].Split('#', '?')[0])
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        builder.Extensions.TryRemove<MediaLinkExtension>();
        return builder.Build();
    }

    /// <summary>Relative paths, in-page anchors, http(s) and mailto; anything else (javascript:, data:, vbscript:, //host) is not.</summary>
    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\", StringComparison.Ordinal))
        {
            return false;
        }
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#'))
        {
            return true;
        }
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" or "mailto";
        }
        // A relative path ("help/x") has no scheme: no ':' before its first '/', '?' or '#'.
        var colon = trimmed.IndexOf(':');
        var stop = trimmed.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (stop >= 0 && stop < colon);
    }
}
