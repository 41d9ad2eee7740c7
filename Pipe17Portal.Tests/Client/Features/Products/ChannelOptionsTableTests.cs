using Bunit;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Products;

namespace Pipe17Portal.Tests.Client.Features.Products;

public class ChannelOptionsTableTests : PortalComponentTest
{
    private static readonly ChannelOptionInfo Salesforce = new(Guid.NewGuid(), "SFCC US", ConnectorKind.SalesforceCommerceCloud, null);
    private static readonly ChannelOptionInfo TikTok = new(Guid.NewGuid(), "TikTok US", ConnectorKind.TikTokShop, null);

    [Fact]
    public void OnlyTheSalesforceRowOffersAChannelSku()
    {
        var cut = Render<ChannelOptionsTable>(p => p.Add(t => t.Options, [Salesforce, TikTok]).Add(t => t.CanEdit, true));

        var rows = cut.FindAll("[data-testid=channel-option-row]");
        Assert.Single(rows[0].QuerySelectorAll("[data-testid=channel-sku-input], input"));
        Assert.Empty(rows[1].QuerySelectorAll("input"));
        Assert.Contains("must equal the master SKU", rows[1].TextContent);
    }

    [Fact]
    public void TheColumnIsHiddenWhenTheCallerSaysSo()
    {
        var cut = Render<ChannelOptionsTable>(p => p.Add(t => t.Options, [Salesforce, TikTok]).Add(t => t.HideChannelSku, true).Add(t => t.CanEdit, true));

        Assert.DoesNotContain("Channel SKU", cut.Find("thead").TextContent);
        Assert.Empty(cut.FindAll("input"));
    }

    [Fact]
    public async Task AServerRefusalIsShownOnTheRowAndSpacesNeedConfirming()
    {
        ChannelOptionsTable.SaveArgs? sent = null;
        var cut = Render<ChannelOptionsTable>(p => p
            .Add(t => t.Options, [Salesforce])
            .Add(t => t.CanEdit, true)
            .Add(t => t.OnSave, args => { sent = args; return Task.FromResult<string?>("'X ' is already the Channel SKU of CAP."); }));

        await cut.InvokeAsync(() => cut.Find("input").Input("X "));
        Assert.Contains("The spaces are intended", cut.Markup);
        await cut.InvokeAsync(() => cut.Find("[data-testid=channel-sku-save]").Click());

        Assert.Equal(("X ", false), (sent!.Value, sent.Confirm));
        Assert.Contains("already the Channel SKU of CAP", cut.Markup);
    }

    [Fact]
    public void ReadOnlyMembersSeeTheValueWithoutAnInput()
    {
        var cut = Render<ChannelOptionsTable>(p => p.Add(t => t.Options, [Salesforce with { ChannelSku = "SF-1" }]).Add(t => t.CanEdit, false));

        Assert.Empty(cut.FindAll("input"));
        Assert.Equal("SF-1", cut.Find("code").TextContent);
    }
}
