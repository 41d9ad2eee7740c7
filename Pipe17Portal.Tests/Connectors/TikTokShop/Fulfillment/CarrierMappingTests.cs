using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Fulfillment;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

public class CarrierMappingTests
{
    private static readonly IReadOnlyList<ShippingProviderChoice> Providers =
        [new("P-UPS", "UPS", ["Seller shipping"]), new("P-USPS", "USPS", ["Seller shipping"])];

    [Theory]
    [InlineData("ups", null, "P-UPS")]
    [InlineData(" UPS ", "EXPRESS", "P-UPS")]
    [InlineData(null, "standard", "P-USPS")]
    [InlineData("FedEx", "standard", "P-USPS")]
    [InlineData("FedEx", null, null)]
    public void TheCarrierMatchesFirstThenTheShippingMethodCaseIgnored(string? carrier, string? method, string? expected)
    {
        TikTokCarrierMapping[] rows = [new("UPS", "P-UPS", "UPS"), new("Standard", "P-USPS", "USPS")];
        Assert.Equal(expected, CarrierMatch.Find(rows, carrier, method)?.ProviderId);
    }

    [Fact]
    public void ValidRowsAreTrimmedAndTakeTikToksProviderName()
    {
        var rows = CarrierMappingService.Validate([new(" UPS ", "P-UPS", "whatever the page said")], Providers);
        Assert.Equal([new TikTokCarrierMapping("UPS", "P-UPS", "UPS")], rows);
    }

    [Fact]
    public void EachProblemIsNamedOnItsRow()
    {
        var e = Assert.Throws<ApiProblemException>(() => CarrierMappingService.Validate(
            [new("UPS", "P-UPS", "UPS"), new("ups", "P-USPS", "USPS"), new("", "P-UPS", "UPS"), new("DHL", "P-DHL", "DHL"), new("FedEx", "", "")], Providers));

        Assert.Contains("already mapped", string.Join(" ", e.Errors["rows[1].sfccCarrier"]));
        Assert.Contains("Row 3", string.Join(" ", e.Errors["rows[2].sfccCarrier"]));
        Assert.Contains("not a shipping provider TikTok offers", string.Join(" ", e.Errors["rows[3].providerId"]));
        Assert.Contains("UPS, USPS", string.Join(" ", e.Errors["rows[3].providerId"]));
        Assert.Contains("choose the TikTok shipping provider for 'FedEx'", string.Join(" ", e.Errors["rows[4].providerId"]));
        Assert.False(e.Errors.ContainsKey("rows[0].sfccCarrier"));
    }
}
