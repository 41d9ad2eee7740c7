using Bunit;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.OrderPush;

namespace Pipe17Portal.Tests.Client.Features.OrderPush;

public class ShippingOptionChipsTests : PortalComponentTest
{
    private static readonly MappingFieldInfo Shipping = new(FieldDraft.ShippingMethodTarget, "Shipping method", "Map each option.", true,
        [FieldMappingKind.Lookup], new FieldMapping(FieldDraft.ShippingMethodTarget, FieldMappingKind.Lookup, LookupSource: "shipping.optionName",
            Lookup: [new LookupRow("Standard shipping", "001")]));

    private static OrderMappingView View(IReadOnlyList<ShippingOptionChoice>? options, string? note = null, IReadOnlyList<SeenShippingOption>? seen = null) =>
        new(Guid.NewGuid(), [Shipping], [], [], [], null, seen ?? [], options, note);

    [Fact]
    public void EachOptionSaysWhereItCameFromAndWhetherARowMapsIt()
    {
        var draft = new FieldDraft(Shipping);
        var cut = Render<ShippingOptionChips>(p => p.Add(c => c.Draft, draft).Add(c => c.View, View(
        [
            new ShippingOptionChoice("1", "Standard shipping", 4, true, "STANDARD", ["Main warehouse"]),
            new ShippingOptionChoice("2", "Express shipping", 0, true, "EXPRESS", ["Main warehouse", "Overflow warehouse"]),
            new ShippingOptionChoice("9", "Old promo shipping", 2, false),
        ])));

        var chips = cut.FindAll("[data-testid=mapping-seen-option]");
        Assert.Equal(["both", "tiktok", "orders"], chips.Select(c => c.GetAttribute("data-source")));
        Assert.Equal(["true", "false", "false"], chips.Select(c => c.GetAttribute("data-mapped")));
        Assert.Contains("offered by TikTok (Main warehouse, Overflow warehouse) · no order yet", chips[1].TextContent);
        Assert.Contains("seen on 2 orders · not offered by TikTok now", chips[2].TextContent);
        Assert.Contains("2 of 3 without a row", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=mapping-options-note]"));
    }

    [Fact]
    public void ClickingAnOptionOffersItsIdWhenTheTableIsKeyedOnTheId()
    {
        var draft = new FieldDraft(Shipping) { LookupSource = "shipping.optionId" };
        string? added = null;
        var cut = Render<ShippingOptionChips>(p => p.Add(c => c.Draft, draft)
            .Add(c => c.View, View([new ShippingOptionChoice("7064", "Standard shipping", 0, true)]))
            .Add(c => c.OnAdd, v => added = v));

        cut.Find("[data-testid=mapping-seen-option]").Click();

        Assert.Equal("7064", added);
    }

    [Fact]
    public void WithoutTikTokTheNoteSaysWhyAndSeenOptionsAreNotCalledWithdrawn()
    {
        var draft = new FieldDraft(Shipping);
        var cut = Render<ShippingOptionChips>(p => p.Add(c => c.Draft, draft).Add(c => c.View, View(
            [new ShippingOptionChoice("9", "Express shipping", 1, false)], "TikTok did not list the warehouses of 'TikTok US': Internal error.")));

        Assert.Contains("Internal error", cut.Find("[data-testid=mapping-options-note]").TextContent);
        var chip = cut.Find("[data-testid=mapping-seen-option]");
        Assert.Contains("seen on 1 order", chip.TextContent);
        Assert.DoesNotContain("not offered", chip.TextContent);
    }

    [Fact]
    public void AnOlderServerWithOnlySeenOptionsStillListsThem()
    {
        var draft = new FieldDraft(Shipping);
        var cut = Render<ShippingOptionChips>(p => p.Add(c => c.Draft, draft).Add(c => c.View, View(null, seen: [new SeenShippingOption("1", "Standard shipping", 3)])));

        Assert.Equal("orders", cut.Find("[data-testid=mapping-seen-option]").GetAttribute("data-source"));
    }
}
