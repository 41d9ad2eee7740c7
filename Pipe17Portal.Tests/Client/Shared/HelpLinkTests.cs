using Bunit;
using Pipe17Portal.Client.Shared;

namespace Pipe17Portal.Tests.Client.Shared;

public class HelpLinkTests : PortalComponentTest
{
    [Fact]
    public void LinksToTheArticleInANewTabWithLearnMore()
    {
        var cut = Render<HelpLink>(p => p.Add(x => x.Slug, "generic-customer"));

        var link = cut.Find("a");
        Assert.Equal("help/generic-customer", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener", link.GetAttribute("rel"));
        Assert.Equal("Learn more", link.TextContent.Trim());
        Assert.Equal("Help: Learn more", link.GetAttribute("aria-label"));
    }

    [Fact]
    public void IconOnlyShowsNoTextAndNamesItsTopicForScreenReaders()
    {
        var cut = Render<HelpLink>(p => p.Add(x => x.Slug, "carrier-mapping").Add(x => x.IconOnly, true).Add(x => x.Topic, "carrier mapping"));

        var link = cut.Find("a");
        Assert.Equal("", link.TextContent.Trim());
        Assert.Equal("Help: carrier mapping", link.GetAttribute("aria-label"));
        Assert.Equal("carrier-mapping", link.GetAttribute("data-slug"));
        Assert.NotNull(link.QuerySelector("svg"));
    }
}
