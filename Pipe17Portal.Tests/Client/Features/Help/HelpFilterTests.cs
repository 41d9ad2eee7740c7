using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Help;

namespace Pipe17Portal.Tests.Client.Features.Help;

public class HelpFilterTests
{
    private static readonly HelpArticleSummary Article = new("cancellations-not-propagating", "Canceling a TikTok Shop order doesn't cancel it in Salesforce",
        "Keep Canceled in the statuses to push.", HelpArticleCategory.Troubleshooting, ["cancelled", "refund"]);

    [Theory]
    [InlineData(null, true)]
    [InlineData("   ", true)]
    [InlineData("CANCELLED", true)]
    [InlineData("refund salesforce", true)]
    [InlineData("statuses", true)]
    [InlineData("refund tracking", false)]
    [InlineData("inventory", false)]
    public void AnArticleMatchesWhenEveryWordIsInItsTitleSummaryOrKeywords(string? query, bool expected)
    {
        Assert.Equal(expected, HelpFilter.Matches(Article, query));
    }

    [Fact]
    public void SectionsLeftWithoutArticlesAreDropped()
    {
        var other = Article with { Slug = "glossary", Title = "Glossary", Summary = "Terms.", Category = HelpArticleCategory.Concepts, Keywords = ["TTS"] };
        IReadOnlyList<HelpSection> sections = [new(HelpArticleCategory.Concepts, [other]), new(HelpArticleCategory.Troubleshooting, [Article])];

        var shown = HelpFilter.Apply(sections, "refund");

        Assert.Equal([HelpArticleCategory.Troubleshooting], shown.Select(s => s.Category));
    }
}
