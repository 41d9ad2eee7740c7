using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>
/// The emulated site as SFCC keeps it: custom attributes of baskets and orders must be defined on the Order type (the
/// sandbox defines c_tiktokOrderId), the Data API lists those definitions, and baskets are taxed at the site's rate,
/// net or gross.
/// </summary>
public class SfccOrderAttributeAndTaxTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static object Basket(string attribute) => new Dictionary<string, object?>
    {
        ["shipments"] = new[] { new { shipment_id = "me", shipping_method = new { id = "001" }, shipping_address = TestInstance.Address } },
        ["product_items"] = new[] { new { product_id = "TEE-CLASSIC-BLK-M", quantity = 2 } },
        [attribute] = "5770001",
    };

    [Fact]
    public async Task AnUndefinedCustomAttributeIsRefusedNamingItUntilTheSiteDefinesIt()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var defined = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", Basket("c_tiktokOrderId"));
        var undefined = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", Basket("c_giftNote"));
        var changed = await sfcc.PutJsonAsync($"{sfcc.Control}/order-attribute-definitions", new { attributes = new[] { "tiktokOrderId", "giftNote" } });
        var nowDefined = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", Basket("c_giftNote"));

        Assert.True(defined.Status == HttpStatusCode.OK, defined.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, undefined.Status);
        Assert.Equal("UnknownPropertyException", undefined.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Contains("c_giftNote", undefined.Body.GetProperty("fault").GetProperty("message").GetString());
        Assert.Contains("Attribute Definitions", undefined.Body.GetProperty("fault").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.True(nowDefined.Status == HttpStatusCode.OK, nowDefined.ToString());
    }

    [Fact]
    public async Task PatchingAnOrderWithAnUndefinedAttributeIsRefusedAndChangesNothing()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.ReadyBasketAsync(token);
        var order = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/orders", new { basket_id = basket.Text("basket_id") }, token);
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());

        var patched = await sfcc.OcapiAsync(HttpMethod.Patch, $"{sfcc.Shop}/orders/{order.Text("order_no")}", new { status = "cancelled", c_unknownFlag = true }, token);
        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/{order.Text("order_no")}", token: token);

        Assert.Equal(HttpStatusCode.BadRequest, patched.Status);
        Assert.Contains("c_unknownFlag", patched.Body.GetProperty("fault").GetProperty("message").GetString());
        Assert.NotEqual("cancelled", read.Text("status"));
    }

    [Fact]
    public async Task TheDataApiListsTheOrderTypesCustomAttributes()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var list = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/system_object_definitions/Order/attribute_definitions?count=200");
        var other = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/system_object_definitions/Nothing/attribute_definitions");

        Assert.True(list.Status == HttpStatusCode.OK, list.ToString());
        var custom = list.Body.GetProperty("data").EnumerateArray().Where(d => !d.GetProperty("system").GetBoolean()).Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(["tiktokOrderId"], custom);
        Assert.Equal(list.Body.GetProperty("data").GetArrayLength(), list.Body.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
    }

    [Fact]
    public async Task ANewSandboxChargesNoTax()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", Basket("c_tiktokOrderId"));

        Assert.Equal(0m, basket.Body.GetProperty("tax_total").GetDecimal());
        Assert.Equal(basket.Body.GetProperty("product_total").GetDecimal() + basket.Body.GetProperty("shipping_total").GetDecimal(), basket.Body.GetProperty("order_total").GetDecimal());
    }

    [Theory]
    [InlineData("net")]
    [InlineData("gross")]
    public async Task BasketsAreTaxedAtTheSitesRateNetOrGross(string taxation)
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var set = await sfcc.PutJsonAsync($"{sfcc.Control}/site-preferences", new { tax_rate = 0.1m, taxation });
        Assert.True(set.Status == HttpStatusCode.OK, set.ToString());

        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", Basket("c_tiktokOrderId"));

        Assert.True(basket.Status == HttpStatusCode.OK, basket.ToString());
        var products = basket.Body.GetProperty("product_total").GetDecimal();
        var shipping = basket.Body.GetProperty("shipping_total").GetDecimal();
        Assert.True(products > 0 && shipping > 0, basket.ToString());
        var expectedTax = taxation == "net"
            ? Math.Round(products * 0.1m, 2, MidpointRounding.AwayFromZero) + Math.Round(shipping * 0.1m, 2, MidpointRounding.AwayFromZero)
            : Math.Round(products - products / 1.1m, 2, MidpointRounding.AwayFromZero) + Math.Round(shipping - shipping / 1.1m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expectedTax, basket.Body.GetProperty("tax_total").GetDecimal());
        Assert.Equal(taxation == "net" ? products + shipping + expectedTax : products + shipping, basket.Body.GetProperty("order_total").GetDecimal());
        Assert.Equal(taxation, basket.Body.GetProperty("taxation").GetString());
        Assert.Equal(0.1m, basket.Body.GetProperty("product_items")[0].GetProperty("tax_rate").GetDecimal());
    }

    [Fact]
    public async Task TheTaxPreferencesAreValidated()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var tooHigh = await sfcc.PutJsonAsync($"{sfcc.Control}/site-preferences", new { tax_rate = 2 });
        var unknownTaxation = await sfcc.PutJsonAsync($"{sfcc.Control}/site-preferences", new { taxation = "flat" });
        var nothing = await sfcc.PutJsonAsync($"{sfcc.Control}/site-preferences", new { });

        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownTaxation.Status);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.Status);
    }
}
