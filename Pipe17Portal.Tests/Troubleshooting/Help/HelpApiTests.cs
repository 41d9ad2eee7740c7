using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Troubleshooting.Help;

public class HelpApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheIndexListsEveryArticleGroupedSetupConceptsTroubleshooting()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var sections = await (await client.GetAsync("/api/v1/help")).ReadAsync<List<HelpSection>>();

        Assert.Equal([HelpArticleCategory.Setup, HelpArticleCategory.Concepts, HelpArticleCategory.Troubleshooting], sections.Select(s => s.Category));
        Assert.Equal(HelpArticlesTests.CatalogSlugs.Order(), sections.SelectMany(s => s.Articles).Select(a => a.Slug).Order());
        Assert.All(sections, s => Assert.All(s.Articles, a => Assert.Equal(s.Category, a.Category)));
        Assert.Contains("TTS", sections.SelectMany(s => s.Articles).Single(a => a.Slug == "glossary").Keywords);
    }

    [Fact]
    public async Task AnArticleComesAsHtmlWithItsRegisteredChecksAndRelatedArticles()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var view = await (await client.GetAsync("/api/v1/help/order-exceptions")).ReadAsync<HelpArticleView>();

        Assert.Equal("Order exceptions", view.Title);
        Assert.Equal(HelpArticleCategory.Concepts, view.Category);
        Assert.Contains("<h2 id=\"clearing-an-exception\">", view.Html);
        Assert.Contains("href=\"/help/customer-missing\"", view.Html);
        // The one check registered in this build that the article names, by its title.
        Assert.Equal([new HelpCheckLink("orders.open-exceptions", "No orders blocked by an exception")], view.RelatedChecks);
        Assert.Equal("customer-missing", view.RelatedArticles[0].Slug);
        Assert.DoesNotContain(view.RelatedArticles, a => a.Slug == "order-exceptions");
    }

    [Fact]
    public async Task AnUnknownSlugIsA404NamingIt()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await client.GetAsync("/api/v1/help/no-such-article")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("'no-such-article'", problem.Detail);
    }

    [Fact]
    public async Task HelpNeedsASignedInMember()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/help");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
