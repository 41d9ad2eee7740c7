using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Fulfillment;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>
/// Which failures a work item tries again. Found by the soak: one 401 to a fresh token blocked an order for good, and a
/// TikTok token refused once after its refresh blocked a shipment, though both went through on the next attempt.
/// </summary>
public class OrderProblemsTests
{
    [Theory]
    [InlineData(SfccErrorKind.Authentication, true)]
    [InlineData(SfccErrorKind.Transient, true)]
    [InlineData(SfccErrorKind.Forbidden, false)]
    [InlineData(SfccErrorKind.AddressRefused, false)]
    [InlineData(SfccErrorKind.NotFound, false)]
    public void AnSfccPushTriesAgainAfterAMomentaryFailureOnly(SfccErrorKind kind, bool again) =>
        Assert.Equal(again, OrderProblems.IsTransient(new SfccError("POST /baskets", 401, kind, "refused", "why", null, null)));

    [Theory]
    [InlineData(TikTokErrorKind.ExpiredToken, true)]
    [InlineData(TikTokErrorKind.RateLimited, true)]
    [InlineData(TikTokErrorKind.Api, false)]
    public void ATikTokShipmentTriesAgainAfterAMomentaryFailureOnly(TikTokErrorKind kind, bool again) =>
        Assert.Equal(again, FulfillmentProblems.IsTransient(new TikTokError("POST /fulfillment/packages/ship", 105002, "refused", null, 401, kind)));
}
