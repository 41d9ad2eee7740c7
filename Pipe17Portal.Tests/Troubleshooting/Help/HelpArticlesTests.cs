using System.Text.RegularExpressions;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Tests.Troubleshooting.Help;

/// <summary>The shipped articles themselves: the whole catalog is there, each is well-formed, and what it names exists.</summary>
public partial class HelpArticlesTests
{
    /// <summary>The help catalog every other part links to (checks' HelpSlug, the Ask panel's topics).</summary>
    public static readonly string[] CatalogSlugs =
    [
        "connect-tiktok-shop", "sfcc-api-clients", "sfcc-business-manager-user", "sfcc-ocapi-settings", "connect-salesforce",
        "generic-customer", "sku-matching", "shipping-method-mapping", "payment-method-mapping", "mapping-scripts", "sync-settings",
        "test-one-order", "carrier-mapping", "inventory-rules",
        "order-statuses", "order-exceptions", "flows-and-schedules", "alerts-and-support", "glossary",
        "sfcc-connection-fails", "sfcc-auth-errors-after-working", "orders-not-pushed", "customer-missing", "shipping-method-invalid",
        "payment-method-missing", "cancellations-not-propagating", "products-not-appearing", "inventory-wrong", "fulfillments-missing",
        "products-not-matching", "channel-sku-column-missing", "tiktok-orders-not-arriving", "stuck-orders",
    ];

    private static readonly HelpLibrary Library = new();

    public static TheoryData<string> Slugs() => [.. CatalogSlugs];

    [Fact]
    public void EveryArticleOfTheCatalogShipsAndNoOther()
    {
        Assert.Equal(CatalogSlugs.Order(StringComparer.Ordinal), Library.Articles.Select(a => a.Slug).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void EachArticleHasATitleASummaryKeywordsAndABody(string slug)
    {
        var article = Library.Find(slug)!;

        Assert.False(string.IsNullOrWhiteSpace(article.Title));
        Assert.EndsWith(".", article.Summary);
        Assert.NotEmpty(article.Keywords);
        Assert.All(article.Keywords, k => Assert.False(string.IsNullOrWhiteSpace(k)));
        Assert.True(article.PlainText.Length > 400, $"{slug} has only {article.PlainText.Length} characters of text.");
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void EveryHelpLinkInAnArticleNamesAnExistingArticle(string slug)
    {
        var article = Library.Find(slug)!;

        var broken = HelpLink().Matches(article.Markdown).Select(m => m.Groups[1].Value).Where(target => Library.Find(target) is null).ToList();

        Assert.True(broken.Count == 0, $"{slug} links to missing articles: {string.Join(", ", broken)}");
        Assert.DoesNotContain($"/help/{slug})", article.Markdown);
    }

    [Fact]
    public void EachCategoryHasItsArticlesAndTitlesAreDistinct()
    {
        Assert.Equal(14, Library.Articles.Count(a => a.Category == HelpCategory.Setup));
        Assert.Equal(5, Library.Articles.Count(a => a.Category == HelpCategory.Concepts));
        Assert.Equal(14, Library.Articles.Count(a => a.Category == HelpCategory.Troubleshooting));
        Assert.Equal(Library.Articles.Count, Library.Articles.Select(a => a.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void EachArticleRendersWithoutRawHtml(string slug)
    {
        var html = HelpMarkdown.ToHtml(Library.Find(slug)!.Markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"#\"", html);
    }

    [GeneratedRegex(@"\]\(/help/([^)#?\s]+)")]
    private static partial Regex HelpLink();
}
