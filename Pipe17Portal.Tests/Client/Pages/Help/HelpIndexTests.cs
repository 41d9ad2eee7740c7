using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages.Help;

namespace Pipe17Portal.Tests.Client.Pages.Help;

public class HelpIndexTests : PortalComponentTest
{
    private readonly FakeHelpApi api = new();

    public HelpIndexTests()
    {
        api.Sections.Add(new HelpSection(HelpArticleCategory.Setup,
        [
            new("connect-tiktok-shop", "Connect your TikTok Shop", "Authorize the shop.", HelpArticleCategory.Setup, ["tiktok", "authorize"]),
            new("carrier-mapping", "Map carriers", "Carriers to providers.", HelpArticleCategory.Setup, ["UPS", "shipping provider"]),
        ]));
        api.Sections.Add(new HelpSection(HelpArticleCategory.Troubleshooting,
        [
            new("fulfillments-missing", "Tracking isn't showing on TikTok Shop", "Shipped orders without tracking.", HelpArticleCategory.Troubleshooting, ["tracking number"]),
        ]));
    }

    private IRenderedComponent<HelpIndex> RenderPage()
    {
        Services.AddSingleton<IHelpApi>(api);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<HelpIndex>();
    }

    [Fact]
    public void ListsTheArticlesGroupedByCategoryWithLinks()
    {
        var cut = RenderPage();

        var sections = cut.FindAll("[data-testid=help-section]");
        Assert.Equal(["Setup", "Troubleshooting"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
        Assert.Equal(["help/connect-tiktok-shop", "help/carrier-mapping", "help/fulfillments-missing"],
            cut.FindAll("[data-testid=help-entry-link]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task TheFilterKeepsArticlesWhoseTitleSummaryOrKeywordsHoldEveryWord()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("input[data-testid=help-filter]").Input("TRACKING tiktok"));

        await cut.WaitForAssertionAsync(() => Assert.Equal(["Tracking isn't showing on TikTok Shop"],
            cut.FindAll("[data-testid=help-entry-link]").Select(a => a.TextContent)), TimeSpan.FromSeconds(20));
        Assert.Single(cut.FindAll("[data-testid=help-section]"));
    }

    [Fact]
    public async Task AFilterMatchingNothingSaysSo()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("input[data-testid=help-filter]").Input("quantum"));

        await cut.WaitForAssertionAsync(() => Assert.Contains("No article matches “quantum”", cut.Find("[data-testid=help-no-match]").TextContent), TimeSpan.FromSeconds(20));
    }
}
