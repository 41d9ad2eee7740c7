using Bunit;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Connections;
using Pipe17Portal.Client.Shared;

namespace Pipe17Portal.Tests.Client.Features.Connections;

public class ConnectorCatalogViewTests : PortalComponentTest
{
    [Fact]
    public void ShowsEachConnectorWithItsFlowsAndHowManyConnectionsExist()
    {
        var cut = Render<ConnectorCatalogView>(p => p
            .Add(c => c.Connectors, Catalog)
            .Add(c => c.Connections, [Connection(ConnectorKind.TikTokShop, "US"), Connection(ConnectorKind.TikTokShop, "UK")]));

        var tiktok = cut.Find("[data-testid=connector-TikTokShop]");
        var sfcc = cut.Find("[data-testid=connector-SalesforceCommerceCloud]");
        Assert.Contains("2 connections", tiktok.TextContent);
        Assert.Contains("Orders from TikTok Shop", tiktok.TextContent);
        // Only flows that run are offered.
        Assert.Contains("Fulfillments to TikTok Shop", tiktok.TextContent);
        Assert.Contains("Inventory to TikTok Shop", tiktok.TextContent);
        Assert.Contains("Shipping requests from Salesforce", sfcc.TextContent);
        Assert.Contains("Fulfillments from Salesforce", sfcc.TextContent);
        Assert.Contains("Inventory from Salesforce", sfcc.TextContent);
        Assert.Contains("Not added yet", sfcc.TextContent);
    }

    [Fact]
    public void AddReportsTheChosenConnector()
    {
        ConnectorInfo? chosen = null;
        var cut = Render<ConnectorCatalogView>(p => p
            .Add(c => c.Connectors, Catalog)
            .Add(c => c.CanAdd, true)
            .Add(c => c.OnAdd, (ConnectorInfo c) => chosen = c));

        cut.Find("[data-testid=add-SalesforceCommerceCloud]").Click();

        Assert.Equal(ConnectorKind.SalesforceCommerceCloud, chosen?.Kind);
    }

    [Fact]
    public void RolesThatCannotChangeSettingsSeeNoAddButton()
    {
        var cut = Render<ConnectorCatalogView>(p => p.Add(c => c.Connectors, Catalog).Add(c => c.CanAdd, false));

        Assert.Empty(cut.FindAll("[data-testid^=add-]"));
    }

    [Theory]
    [InlineData(ConnectionStatus.Connected, "Connected", "success")]
    [InlineData(ConnectionStatus.NeedsReauthorization, "Needs re-authorization", "warning")]
    [InlineData(ConnectionStatus.Error, "Error", "error")]
    [InlineData(ConnectionStatus.NotConnected, "Not connected", "default")]
    public void StatusChipsNameTheStatusInItsColour(ConnectionStatus status, string label, string color)
    {
        var cut = Render<ConnectionStatusChip>(p => p.Add(c => c.Status, status));

        var chip = cut.Find(".mud-chip");
        Assert.Equal(label, chip.TextContent.Trim());
        Assert.Contains($"mud-chip-color-{color}", chip.ClassList);
    }
}
