using System.Text.RegularExpressions;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Tests.Troubleshooting.Help;

public partial class HelpMarkdownTests
{
    [Fact]
    public void RawHtmlAndScriptInAnArticleAreEscapedNotRendered()
    {
        var html = HelpMarkdown.ToHtml("Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src=\"https://evil.test\"></iframe>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](//evil.test/x)")]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void ALinkWithAnUnsafeAddressLosesIt(string markdown)
    {
        var html = HelpMarkdown.ToHtml(markdown);

        var addresses = Address().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.Equal("#", a));
    }

    [Fact]
    public void AttributeSyntaxCannotAddEventHandlers()
    {
        var html = HelpMarkdown.ToHtml("# Title {onclick=\"alert(1)\"}\n\n[x](/help/glossary){onmouseover=alert(1)}");

        // The braces stay visible as text; no tag gets an on… attribute.
        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
        Assert.Contains("href=\"/help/glossary\"", html);
    }

    [Fact]
    public void HelpLinksStayRelativeAndOrdinaryLinksKeepTheirAddress()
    {
        var html = HelpMarkdown.ToHtml("See [the glossary](/help/glossary), [anchor](#fix-it), [mail](mailto:support@example.com) and [docs](https://example.com/a).");

        Assert.Contains("href=\"/help/glossary\"", html);
        Assert.Contains("href=\"#fix-it\"", html);
        Assert.Contains("href=\"mailto:support@example.com\"", html);
        Assert.Contains("href=\"https://example.com/a\"", html);
    }

    [Fact]
    public void HeadingsGetIdsAndTablesAndCodeRender()
    {
        var html = HelpMarkdown.ToHtml("## Fix it\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```\ncode()\n```\n\nUse `TTS`.");

        Assert.Contains("<h2 id=\"fix-it\">Fix it</h2>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<td>1</td>", html);
        Assert.Contains("<pre><code>code()", html);
        Assert.Contains("<code>TTS</code>", html);
    }

    [Fact]
    public void LinkedSlugsAreTheHelpArticlesLinkedInOrderOnce()
    {
        var slugs = HelpMarkdown.LinkedSlugs("[a](/help/glossary) [b](https://example.com) [c](/help/order-statuses#hold) [d](/help/glossary)");

        Assert.Equal(["glossary", "order-statuses"], slugs);
    }

    [GeneratedRegex(@"(?:href|src)=""([^""]*)""")]
    private static partial Regex Address();
}
