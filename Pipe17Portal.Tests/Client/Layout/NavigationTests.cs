using System.Net;
using Bunit;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Layout;

namespace Pipe17Portal.Tests.Client.Layout;

public class NavigationTests : PortalComponentTest
{
    [Fact]
    public void TheMenuLinksEverySectionInOrder()
    {
        var cut = Render<NavMenu>();

        var links = cut.FindAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();

        Assert.Equal(
            [("Dashboard", ""), ("Integrations", "integrations"), ("Products", "products"), ("Orders", "orders"), ("Exceptions", "orders/exceptions"), ("Troubleshooting", "troubleshooting"), ("Help", "help"), ("Support", "support"), ("Settings", "settings")],
            links);
    }

    [Fact]
    public void TheLayoutShowsTheWorkspaceAndTheSignedInMember()
    {
        Services.AddSingleton<IWorkspaceApi>(new FakeWorkspaceApi(Workspace(WorkspaceRole.Developer)));
        Services.AddSingleton<INotificationsApi>(new FakeNotificationsApi());

        RenderInteractively();

        var cut = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "page body")));

        Assert.Equal("Acme Outdoor", cut.Find("[data-testid=workspace-name]").TextContent);
        Assert.Contains("owner@acme.test", cut.Markup);
        Assert.Contains("page body", cut.Find("[data-interactive]").TextContent);
        var links = cut.FindAll(".mud-navmenu a").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["", "integrations", "products", "orders", "orders/exceptions", "troubleshooting", "help", "support", "settings", "sandbox/seller-center", "sandbox/business-manager"], links);
    }

    [Fact]
    public void TheLayoutExplainsWhenTheWorkspaceCannotBeLoaded()
    {
        Services.AddSingleton<IWorkspaceApi>(new FakeWorkspaceApi(null, new ApiProblemException(HttpStatusCode.Unauthorized, "Not signed in", "Your session has ended. Sign in again.")));
        Services.AddSingleton<INotificationsApi>(new FakeNotificationsApi());

        RenderInteractively();

        var cut = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "page body")));

        Assert.Contains("Your session has ended. Sign in again.", cut.Find(".mud-alert").TextContent);
    }
}
