using System.Text.Json;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Tests.Connectors.Sfcc.Api;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Jobs;

/// <summary>A search hit carries no variants: each master's variations endpoint is paged 50 at a time.</summary>
public class SfccVariationReaderTests
{
    private static readonly ScapiProduct Tee = new()
    {
        Id = "TEE", Name = new ScapiLocalized { Default = "Tee" }, Type = new ScapiProductType { Master = true }, Price = 20m, PriceCurrency = "EUR",
    };

    [Fact]
    public async Task AMasterWithoutVariantsInItsHitIsReadPageByPageWithNamesPricesAndItsLink()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Variations(0, 50, 60)).ThenOk(Variations(50, 10, 60));

        var items = await SfccVariationReader.ReadAsync(host.Client.Products, [Tee], _ => { }, CancellationToken.None);

        Assert.Equal(60, items.Count);
        Assert.All(items, i => Assert.Equal("TEE", i.MasterId));
        Assert.All(items, i => Assert.False(i.IsMaster));
        var first = items.Single(i => i.Id == "TEE-00");
        Assert.Equal("Tee - Black / M", first.Name);
        Assert.Equal(21m, first.Price);
        Assert.Equal("EUR", first.Currency); // the variant names no currency: the master's stands in
        Assert.Equal(20m, items.Single(i => i.Id == "TEE-59").Price); // no price of its own: the master's
        var uris = host.Http.ApiRequests.Select(r => r.Uri.ToString()).ToList();
        Assert.Equal(2, uris.Count);
        Assert.All(uris, u => Assert.Contains("/product/products/v1/organizations/f_ecom_zzte_053/products/TEE/variations?", u, StringComparison.Ordinal));
        Assert.Contains("limit=50", uris[0], StringComparison.Ordinal);
        Assert.Contains("offset=0", uris[0], StringComparison.Ordinal);
        Assert.Contains("offset=50", uris[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMasterWhoseHitListsItsVariantsCostsNoCall()
    {
        using var host = new SfccTestHost();
        var expanded = Tee with { Variants = [new ScapiVariant { ProductId = "TEE-RED", Price = 22m, VariationValues = new() { ["color"] = "Red" } }] };

        var items = await SfccVariationReader.ReadAsync(host.Client.Products, [expanded], _ => { }, CancellationToken.None);

        Assert.Equal("Tee - Red", Assert.Single(items).Name);
        Assert.Empty(host.Http.Requests);
    }

    [Fact]
    public async Task AFailedVariationsPageFailsTheReadSoNothingIsMarkedRemoved()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").Then(System.Net.HttpStatusCode.NotFound,
            """{"title":"Product Not Found","type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/product-not-found","detail":"No master product with ID 'TEE' was found."}""");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SfccVariationReader.ReadAsync(host.Client.Products, [Tee], _ => { }, CancellationToken.None));

        Assert.Contains("'TEE'", failure.Message, StringComparison.Ordinal);
    }

    private static string Variations(int offset, int count, int total) => JsonSerializer.Serialize(new
    {
        limit = 50,
        offset,
        total,
        data = Enumerable.Range(offset, count).Select(i => i == 59
            ? (object)new { productId = $"TEE-{i:D2}", variationValues = new { color = "White" } }
            : new { productId = $"TEE-{i:D2}", price = 21m, variationValues = new { color = "Black", size = "M" } }),
    });
}
