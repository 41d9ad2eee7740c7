using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages;
using Pipe17Portal.Client.Shared;

namespace Pipe17Portal.Tests.Client.Shared;

public class EmptyStateTests : PortalComponentTest
{
    [Fact]
    public void TellsWhatIsMissingAndLinksTheNextStep()
    {
        var cut = Render<EmptyState>(p => p
            .Add(e => e.Icon, MudBlazor.Icons.Material.Filled.Hub)
            .Add(e => e.Title, "Connect TikTok Shop to start receiving orders")
            .Add(e => e.Text, "Add your shop under Integrations.")
            .Add(e => e.ActionText, "Go to Integrations")
            .Add(e => e.ActionHref, "integrations"));

        Assert.Equal("Connect TikTok Shop to start receiving orders", cut.Find("h6").TextContent);
        var action = cut.Find("[data-testid=empty-state-action]");
        Assert.Equal("integrations", action.GetAttribute("href"));
        Assert.Contains("Go to Integrations", action.TextContent);
    }

    [Fact]
    public void OrdersPageAsksToConnectTikTokUntilAShopIsAdded()
    {
        Services.AddSingleton<IConnectionsApi>(new FakeConnectionsApi(Connection(ConnectorKind.SalesforceCommerceCloud, "SFCC")));
        Services.AddSingleton<IOrdersApi>(new FakeOrdersApi());

        var cut = Render<Orders>();

        Assert.Contains("Connect TikTok Shop to start receiving orders", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public void OrdersPageSaysWhenNoOrderArrivedYetOnceAShopIsAdded()
    {
        Services.AddSingleton<IConnectionsApi>(new FakeConnectionsApi(Connection(ConnectorKind.TikTokShop, "US shop")));
        Services.AddSingleton<IOrdersApi>(new FakeOrdersApi());
        Render<MudBlazor.MudPopoverProvider>();

        var cut = Render<Orders>();

        cut.WaitForAssertion(() => Assert.Contains("No orders yet", cut.Find("[data-testid=no-orders]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=empty-state]"));
    }
}
