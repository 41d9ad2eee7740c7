using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Sandbox;

namespace Pipe17Portal.Tests.Client.Features.Sandbox;

public class ShipDraftTests
{
    private static readonly BmOrder Order = new("TT1", "new", "part_shipped", "00001001", "001", "TTS", 50m, ["1ZFIRST"],
        [new BmOrderLine("TEE", 2, Shipped: false), new BmOrderLine("CAP", 1, Shipped: false), new BmOrderLine("MUG", 1, Shipped: true)]);

    [Fact]
    public void OffersTheUnshippedLinesAllSelectedAndShipsEverythingWithoutNamingLines()
    {
        var draft = new ShipDraft(Order, new Random(1));

        Assert.Equal(["TEE", "CAP"], draft.Lines.Select(l => l.ProductId));
        Assert.Null(draft.Problem);
        var request = draft.ToRequest();
        Assert.Null(request.Lines);
        Assert.Equal(("UPS", draft.TrackingNumber), (request.Carrier, request.TrackingNumber));
    }

    [Fact]
    public void SomeLinesOrUnitsAreSentByProduct()
    {
        var draft = new ShipDraft(Order);
        draft.Lines[0].Quantity = 1;
        draft.Lines[1].Selected = false;

        Assert.Equal([new BmShipLine("TEE", 1)], draft.ToRequest().Lines);
    }

    [Theory]
    [InlineData("UPS", "^1Z[A-Z]{3}[0-9]{13}$")]
    [InlineData("USPS", "^9400[0-9]{18}$")]
    [InlineData("FedEx", "^[0-9]{12}$")]
    public void ChangingTheCarrierGivesATrackingNumberInItsFormat(string carrier, string pattern)
    {
        var draft = new ShipDraft(Order) { Carrier = carrier };
        Assert.Matches(pattern, draft.TrackingNumber);
    }

    [Fact]
    public void EachProblemIsNamed()
    {
        var draft = new ShipDraft(Order);
        draft.Lines[0].Quantity = 3;
        Assert.Equal("Ship 1 to 2 unit(s) of TEE.", draft.Problem);
        draft.Lines.ForEach(l => l.Selected = false);
        Assert.Equal("Choose at least one line to ship.", draft.Problem);
        draft.Lines[1].Selected = true;
        draft.TrackingNumber = " ";
        Assert.Equal("Enter a tracking number.", draft.Problem);
    }
}
