using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Control;

/// <summary>Shipping in the SFCC emulator as a warehouse does it, and the SCAPI order filters the pulls read it with.</summary>
public class SfccShippingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<Reply> PostAsync(TestInstance sfcc, string path, object body) =>
        await Reply.ReadAsync(await sfcc.Http.PostAsync(sfcc.Control + path, new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json")));

    private static string Orders(TestInstance sfcc) => $"{TestInstance.Scapi}/checkout/orders/v1/organizations/{sfcc.OrganizationId}/orders?siteId={sfcc.SiteId}";

    /// <summary>A placed order: 3 white mugs and 1 black mug in the one shipment "me" (method 001).</summary>
    private static async Task<(TestInstance Sfcc, string Token, string OrderNo)> OrderAsync(PortalFactory factory)
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new
        {
            customer_info = new { customer_no = "00001001" },
            billing_address = TestInstance.Address,
            shipments = new[] { new { shipment_id = "me", shipping_method = new { id = "001" }, shipping_address = TestInstance.Address } },
            product_items = new[] { new { product_id = "MUG-CERAMIC-WHT-OS", quantity = 3 }, new { product_id = "MUG-CERAMIC-BLK-OS", quantity = 1 } },
            payment_instruments = new[] { new { payment_method_id = "CREDIT_CARD", amount = 500 } },
        }, token);
        var order = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/orders", new { basket_id = basket.Text("basket_id") }, token);
        Assert.Equal("new", order.Text("status"));
        return (sfcc, token, order.Text("order_no"));
    }

    [Fact]
    public async Task ShippingPartOfALineMovesThoseUnitsIntoANewShipmentWithItsOwnTracking()
    {
        var (sfcc, token, no) = await OrderAsync(factory);
        var before = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/{no}", token: token);

        var shipped = await PostAsync(sfcc, $"/orders/{no}/ship", new { tracking_number = "1ZPART0001", carrier = "UPS", lines = new[] { new { product_id = "MUG-CERAMIC-WHT-OS", quantity = 2 } } });
        var after = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/{no}", token: token);

        Assert.Equal(HttpStatusCode.OK, shipped.Status);
        Assert.Equal("part_shipped", after.Text("shipping_status"));
        var shipments = after.Body.GetProperty("shipments").EnumerateArray().ToList();
        Assert.Equal(2, shipments.Count);
        var original = shipments.Single(s => s.GetProperty("shipment_id").GetString() == "me");
        var split = shipments.Single(s => s.GetProperty("shipment_id").GetString() != "me");
        Assert.Equal("not_shipped", original.GetProperty("shipping_status").GetString());
        Assert.False(original.TryGetProperty("tracking_number", out _));
        Assert.Equal(("shipped", "1ZPART0001", "UPS"), (split.GetProperty("shipping_status").GetString(), split.GetProperty("tracking_number").GetString(), split.GetProperty("c_carrierCode").GetString()));
        Assert.Equal($"{no}-2", split.GetProperty("shipment_no").GetString());
        Assert.Equal("001", split.GetProperty("shipping_method").GetProperty("id").GetString());
        Assert.Equal("Austin", split.GetProperty("shipping_address").GetProperty("city").GetString());

        var items = after.Body.GetProperty("product_items").EnumerateArray().Select(i => (Product: i.GetProperty("product_id").GetString(), Quantity: i.GetProperty("quantity").GetDecimal(), Shipment: i.GetProperty("shipment_id").GetString())).ToList();
        Assert.Contains(("MUG-CERAMIC-WHT-OS", 2m, split.GetProperty("shipment_id").GetString()), items);
        Assert.Contains(("MUG-CERAMIC-WHT-OS", 1m, "me"), items);
        Assert.Contains(("MUG-CERAMIC-BLK-OS", 1m, "me"), items);
        // Same money, a later last_modified.
        Assert.Equal(before.Body.GetProperty("order_total").GetDecimal(), after.Body.GetProperty("order_total").GetDecimal());
        Assert.True(after.Body.GetProperty("last_modified").GetDateTimeOffset() >= before.Body.GetProperty("last_modified").GetDateTimeOffset());

        var rest = await PostAsync(sfcc, $"/orders/{no}/ship", new { tracking_number = "9400REST0001", carrier = "USPS" });
        Assert.Equal("shipped", rest.Text("shipping_status"));
        var final = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/{no}", token: token);
        var me = final.Body.GetProperty("shipments").EnumerateArray().Single(s => s.GetProperty("shipment_id").GetString() == "me");
        Assert.Equal(("shipped", "9400REST0001", "USPS"), (me.GetProperty("shipping_status").GetString(), me.GetProperty("tracking_number").GetString(), me.GetProperty("c_carrierCode").GetString()));
    }

    [Theory]
    [InlineData("""{"tracking_number":"1Z1","carrier":"UPS","lines":[{"product_id":"MUG-CERAMIC-WHT-OS","quantity":4}]}""", "Only 3 unit(s)")]
    [InlineData("""{"tracking_number":"1Z1","carrier":"UPS","lines":[{"product_id":"MUG-CERAMIC-WHT-OS","quantity":0}]}""", "at least 1")]
    [InlineData("""{"tracking_number":"1Z1","carrier":"UPS","lines":[]}""", "empty")]
    [InlineData("""{"tracking_number":"1Z1","carrier":"UPS","lines":["NOPE"]}""", "'NOPE'")]
    public async Task ShippingMoreThanIsUnshippedOrUnknownLinesIsRefusedWithTheReason(string body, string expected)
    {
        var (sfcc, _, no) = await OrderAsync(factory);
        var reply = await Reply.ReadAsync(await sfcc.Http.PostAsync($"{sfcc.Control}/orders/{no}/ship", new StringContent(body, System.Text.Encoding.UTF8, "application/json")));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(expected, reply.ToString());
    }

    [Fact]
    public async Task TheOrderListFiltersByShippingAndExportStatusAndLastModifiedAsSfccDocuments()
    {
        var (sfcc, _, no) = await OrderAsync(factory);
        var token = (await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.orders.rw")).Text("access_token");

        async Task<List<string>> ListAsync(string query)
        {
            var reply = await sfcc.OcapiAsync(HttpMethod.Get, Orders(sfcc) + query, token: token);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
            return [.. reply.Body.GetProperty("data").EnumerateArray().Select(o => o.GetProperty("orderNo").GetString()!)];
        }

        Assert.Equal([no], await ListAsync("&status=new&exportStatus=ready,not_exported&shippingStatus=not_shipped&sortBy=last_modified_date&sortOrder=asc"));
        Assert.Empty(await ListAsync("&shippingStatus=shipped,part_shipped"));
        await PostAsync(sfcc, $"/orders/{no}/ship", new { tracking_number = "1ZLIST0001", carrier = "UPS" });
        Assert.Equal([no], await ListAsync("&shippingStatus=shipped,part_shipped&lastModifiedDateFrom=2000-01-01T00:00:00Z"));
        Assert.Empty(await ListAsync("&shippingStatus=not_shipped"));
        Assert.Empty(await ListAsync("&exportStatus=exported"));
        Assert.Empty(await ListAsync("&lastModifiedDateTo=2000-01-01T00:00:00Z"));

        foreach (var bad in new[] { "&shippingStatus=sent", "&exportStatus=done", "&sortBy=total", "&sortOrder=up", "&lastModifiedDateFrom=yesterday" })
        {
            var reply = await sfcc.OcapiAsync(HttpMethod.Get, Orders(sfcc) + bad, token: token);
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("invalid-query-parameter", reply.Text("type").Split('/').Last());
        }
    }
}
