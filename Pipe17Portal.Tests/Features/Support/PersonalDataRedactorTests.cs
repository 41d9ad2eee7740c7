using Pipe17Portal.Features.Support;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Support;

public class PersonalDataRedactorTests
{
    /// <summary>TikTok's documented order, as its order detail answer carries it.</summary>
    private static readonly string Order = Fixtures.Json("TikTok/responses/OrderBatchGetOrderDetailResponse.json").GetProperty("data").GetProperty("orders")[0].GetRawText();

    [Fact]
    public void TheRecipientAndBuyerValuesOfTheOrderAreCutAndItsIdsStatusesAndSkusStay()
    {
        var reason = "Order 576461413038785752 (UNPAID) line yellow-24-XL: no region for 'David' at 'TikTok 5800 bristol Pkwy', 1199 Coleman Ave San Jose, CA 95110; " +
            "buyer v2b2V5@chat.seller.tiktok.com wrote 'Please ship asap!', user 7021436810468230477, cpf 3213-31231412.";

        var redacted = PersonalDataRedactor.Redact(reason, Order);

        foreach (var personal in new[] { "David", "bristol Pkwy", "Coleman Ave", "v2b2V5@", "Please ship asap!", "7021436810468230477", "3213-31231412" })
        {
            Assert.DoesNotContain(personal, redacted, StringComparison.Ordinal);
        }
        Assert.StartsWith("Order 576461413038785752 (UNPAID) line yellow-24-XL: no region for '[personal data removed]'", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAReadablePayloadOnlyEmailAddressesAreCut()
    {
        const string Reason = "TikTok's answer for this order could not be read: unexpected end of JSON; contact jane.doe@example.com.";

        Assert.Equal("TikTok's answer for this order could not be read: unexpected end of JSON; contact [personal data removed].",
            PersonalDataRedactor.Redact(Reason, "{\"recipient_address\": {\"name\": \"Jane"));
        Assert.Equal(Reason.Replace("jane.doe@example.com", "[personal data removed]", StringComparison.Ordinal), PersonalDataRedactor.Redact(Reason, "{}"));
    }

    [Fact]
    public void OrdinaryWordsThatMatchAnAddressValueInAnotherCaseStay()
    {
        const string Payload = """{"recipient_address":{"district_info":[{"address_level_name":"Country","address_name":"United Kingdom"}]},"line_items":[{"product_name":"Classic Tee"}]}""";

        Assert.Equal("The country of [personal data removed] has no Classic Tee.",
            PersonalDataRedactor.Redact("The country of United Kingdom has no Classic Tee.", Payload));
    }
}
