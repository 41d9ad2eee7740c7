using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages.Help;

namespace Pipe17Portal.Tests.Client.Pages.Help;

public class HelpArticlePageTests : PortalComponentTest
{
    private readonly FakeHelpApi api = new();

    private IRenderedComponent<HelpArticlePage> RenderPage(string slug)
    {
        Services.AddSingleton<IHelpApi>(api);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<HelpArticlePage>(p => p.Add(x => x.Slug, slug));
    }

    private static HelpArticleSummary Summary(string slug, string title) => new(slug, title, $"About {title}.", HelpArticleCategory.Troubleshooting, ["x"]);

    [Fact]
    public void ShowsTheArticleHtmlItsChecksLinkedToTroubleshootingAndRelatedArticles()
    {
        api.Articles["customer-missing"] = new HelpArticleView("customer-missing", "Salesforce rejects orders because the customer is missing",
            "Set the Generic Customer Number.", HelpArticleCategory.Troubleshooting,
            "<h2 id=\"fix-it\">Fix it</h2><p>Open <a href=\"/help/generic-customer\">the generic customer</a>.</p>",
            [new HelpCheckLink("orders.customer", "Generic customer exists in Salesforce")],
            [Summary("generic-customer", "The generic customer for TikTok Shop orders")]);

        var cut = RenderPage("customer-missing");

        Assert.Equal("Salesforce rejects orders because the customer is missing", cut.Find("h1").TextContent);
        Assert.Equal("Troubleshooting", cut.Find("[data-testid=help-category]").TextContent.Trim());
        var body = cut.Find("[data-testid=help-article]");
        Assert.Equal("fix-it", body.QuerySelector("h2")!.Id);
        Assert.Equal("/help/generic-customer", body.QuerySelector("a")!.GetAttribute("href"));
        var check = cut.Find("[data-testid=help-check-link]");
        Assert.Equal("Generic customer exists in Salesforce", check.TextContent);
        Assert.Equal("troubleshooting#orders.customer", check.GetAttribute("href"));
        var related = cut.Find("[data-testid=help-related-link]");
        Assert.Equal("help/generic-customer", related.GetAttribute("href"));
        Assert.Equal("The generic customer for TikTok Shop orders", related.TextContent);
    }

    [Fact]
    public void AnArticleWithoutRegisteredChecksOrRelatedArticlesShowsNeitherBox()
    {
        api.Articles["glossary"] = new HelpArticleView("glossary", "Glossary", "Terms.", HelpArticleCategory.Concepts, "<p>TTS</p>", [], []);

        var cut = RenderPage("glossary");

        Assert.Empty(cut.FindAll("[data-testid=help-checks]"));
        Assert.Empty(cut.FindAll("[data-testid=help-related]"));
        Assert.Equal("TTS", cut.Find("[data-testid=help-article]").TextContent);
    }

    [Fact]
    public void AnUnknownSlugSaysSoAndLinksBackToTheIndex()
    {
        var cut = RenderPage("no-such-article");

        var empty = cut.Find("[data-testid=empty-state]");
        Assert.Contains("This help article does not exist", empty.TextContent);
        Assert.Contains("'no-such-article'", empty.TextContent);
        Assert.Equal("help", cut.Find("[data-testid=empty-state-action]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=help-article]"));
    }

    [Fact]
    public void FollowingALinkToAnotherArticleShowsThatArticle()
    {
        api.Articles["a"] = new HelpArticleView("a", "First", "One.", HelpArticleCategory.Setup, "<p>first</p>", [], []);
        api.Articles["b"] = new HelpArticleView("b", "Second", "Two.", HelpArticleCategory.Setup, "<p>second</p>", [], []);
        var cut = RenderPage("a");

        cut.Render(p => p.Add(x => x.Slug, "b"));

        Assert.Equal("Second", cut.Find("h1").TextContent);
        Assert.Equal("second", cut.Find("[data-testid=help-article]").TextContent);
    }
}
