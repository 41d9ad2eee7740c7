using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Ocapi.Shop;

public class SfccShopApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static void AssertFault(Reply reply, HttpStatusCode status, string type)
    {
        Assert.True(reply.Status == status, reply.ToString());
        Assert.Equal("23.2", reply.Body.GetProperty("_v").GetString());
        Assert.Equal(type, reply.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(reply.Body.GetProperty("fault").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task ABasketBecomesAPlacedOrderWithTheGivenNumberAndTakesStock()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var before = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/inventory_lists/inventory_{sfcc.SiteId}/product_inventory_records/TEE-CLASSIC-BLK-M", token: await DataTokenAsync(sfcc));
        var basket = await sfcc.ReadyBasketAsync(token, quantity: 2);

        var order = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT5770001", new { basket_id = basket.Text("basket_id") }, token);

        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        Assert.Equal("TT5770001", order.Text("order_no"));
        Assert.Equal("new", order.Text("status"));
        Assert.Equal("order", order.Text("_type"));
        Assert.Equal("00001001", order.Body.GetProperty("customer_info").GetProperty("customer_no").GetString());
        Assert.Equal("001", order.Body.GetProperty("shipments")[0].GetProperty("shipping_method").GetProperty("id").GetString());
        Assert.Equal(48.00m + 5.99m, order.Body.GetProperty("order_total").GetDecimal());
        Assert.Equal("5770001", order.Text("c_tiktokOrderId"));
        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/TT5770001", token: token);
        Assert.Equal("TT5770001", read.Text("order_no"));
        var after = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/inventory_lists/inventory_{sfcc.SiteId}/product_inventory_records/TEE-CLASSIC-BLK-M", token: await DataTokenAsync(sfcc));
        Assert.Equal(before.Body.GetProperty("ats").GetInt32() - 2, after.Body.GetProperty("ats").GetInt32());
        var gone = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/{basket.Text("basket_id")}", token: token);
        AssertFault(gone, HttpStatusCode.NotFound, "BasketNotFoundException");
        var again = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT5770001", new { basket_id = (await sfcc.ReadyBasketAsync(token)).Text("basket_id") }, token);
        AssertFault(again, HttpStatusCode.BadRequest, "OrderNoAlreadyInUseException");
    }

    [Fact]
    public async Task StepByStepBasketCallsAndPostOrdersGenerateANumber()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { }, token);
        var id = basket.Text("basket_id");

        await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/baskets/{id}/customer", new { customer_no = "00001002", email = "x@example.com" }, token);
        await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/baskets/{id}/billing_address", TestInstance.Address, token);
        await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/baskets/{id}/shipments/me/shipping_address", TestInstance.Address, token);
        var items = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets/{id}/items", new[] { new { product_id = "MUG-CERAMIC-WHT-OS", quantity = 1 } }, token);
        var methods = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/{id}/shipments/me/shipping_methods", token: token);
        var shipping = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/baskets/{id}/shipments/me/shipping_method", new { id = "003" }, token);
        var payments = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/{id}/payment_methods", token: token);
        await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets/{id}/payment_instruments", new { payment_method_id = "CREDIT_CARD", amount = shipping.Body.GetProperty("order_total").GetDecimal() }, token);
        var order = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/orders", new { basket_id = id }, token);

        Assert.Equal(HttpStatusCode.OK, items.Status);
        Assert.Equal(["001", "002", "003"], methods.Body.GetProperty("applicable_shipping_methods").EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
        Assert.DoesNotContain("TTS", payments.Body.GetProperty("applicable_payment_methods").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(16.00m + 15.99m, shipping.Body.GetProperty("order_total").GetDecimal());
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        Assert.Matches("^[0-9]{8}$", order.Text("order_no"));
        Assert.Equal("new", order.Text("status"));
        Assert.Equal("00001002", order.Body.GetProperty("customer_info").GetProperty("customer_no").GetString());
    }

    [Fact]
    public async Task AnUnpaidOrderStaysCreatedAndPatchChangesItsStatus()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new
        {
            billing_address = TestInstance.Address,
            shipments = new[] { new { shipment_id = "me", shipping_method = new { id = "002" } } },
            product_items = new[] { new { product_id = "CAP-DAD-NVY-OS", quantity = 1 } },
        }, token);

        // c_reason is stored only once the site defines it on the Order type.
        await sfcc.PutJsonAsync($"{sfcc.Control}/order-attribute-definitions", new { attributes = new[] { "tiktokOrderId", "reason" } });

        var order = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/orders", new { basket_id = basket.Text("basket_id") }, token);
        var placed = await sfcc.OcapiAsync(HttpMethod.Patch, $"{sfcc.Shop}/orders/{order.Text("order_no")}", new { status = "new" }, token);
        var cancelled = await sfcc.OcapiAsync(HttpMethod.Patch, $"{sfcc.Shop}/orders/{order.Text("order_no")}", new { status = "cancelled", c_reason = "buyer" }, token);
        var backToCreated = await sfcc.OcapiAsync(HttpMethod.Patch, $"{sfcc.Shop}/orders/{order.Text("order_no")}", new { status = "created" }, token);

        Assert.Equal("created", order.Text("status"));
        Assert.Equal("new", placed.Text("status"));
        Assert.Equal("cancelled", cancelled.Text("status"));
        Assert.Equal("buyer", cancelled.Text("c_reason"));
        AssertFault(backToCreated, HttpStatusCode.Conflict, "OrderStatusTransitionException");
    }

    [Fact]
    public async Task BasketFaultsNameTheCause()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");

        var shipping = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { shipments = new[] { new { shipment_id = "me", shipping_method = new { id = "EXPRESS" } } } }, token);
        var payment = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { payment_instruments = new[] { new { payment_method_id = "TTS", amount = 1 } } }, token);
        var customer = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { customer_info = new { customer_no = "99999999", email = "x@example.com" } }, token);
        var unknownSku = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { product_items = new[] { new { product_id = "tee-classic-wht-s", quantity = 1 } } }, token);
        var master = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { product_items = new[] { new { product_id = "TEE-CLASSIC", quantity = 1 } } }, token);
        var tooMany = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { product_items = new[] { new { product_id = "TEE-CLASSIC-BLK-M", quantity = 999 } } }, token);
        var unknownProperty = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { shipping_method = "001" }, token);
        var noBasket = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/nope", token: token);
        var noOrder = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/nope", token: token);

        AssertFault(shipping, HttpStatusCode.BadRequest, "InvalidShippingMethodIdException");
        Assert.Contains("EXPRESS", shipping.Body.GetProperty("fault").GetProperty("message").GetString());
        AssertFault(payment, HttpStatusCode.BadRequest, "InvalidPaymentMethodIdException");
        AssertFault(customer, HttpStatusCode.BadRequest, "CustomerNotFoundException");
        AssertFault(unknownSku, HttpStatusCode.BadRequest, "ProductItemNotAvailableException");
        AssertFault(master, HttpStatusCode.BadRequest, "ProductItemNotAvailableException");
        AssertFault(tooMany, HttpStatusCode.BadRequest, "ProductItemNotAvailableException");
        AssertFault(unknownProperty, HttpStatusCode.BadRequest, "UnknownPropertyException");
        AssertFault(noBasket, HttpStatusCode.NotFound, "BasketNotFoundException");
        AssertFault(noOrder, HttpStatusCode.NotFound, "OrderNotFoundException");
    }

    [Fact]
    public async Task AnAgentHoldsAtMostFourOpenBasketsPerCustomer()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { customer_info = new { customer_no = "00001003" } }, token)).Status);
        }

        var fifth = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { customer_info = new { customer_no = "00001003" } }, token);

        AssertFault(fifth, HttpStatusCode.BadRequest, "CustomerBasketsQuotaExceededException");
    }

    [Fact]
    public async Task TheOpenBasketLimitIsASitePreferenceOfTheInstance()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        Assert.Equal(4, (await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/site-preferences"))).Body.GetProperty("baskets_per_customer").GetInt32());
        var refused = await sfcc.PutJsonAsync($"{sfcc.Control}/site-preferences", new { baskets_per_customer = 11 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);

        Assert.Equal(HttpStatusCode.OK, (await sfcc.PutJsonAsync($"{sfcc.Control}/site-preferences", new { baskets_per_customer = 2 })).Status);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { customer_info = new { customer_no = "00001003" } }, token)).Status);
        }
        var third = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { customer_info = new { customer_no = "00001003" } }, token);

        AssertFault(third, HttpStatusCode.BadRequest, "CustomerBasketsQuotaExceededException");
        Assert.Contains("at most 2 per customer", third.Body.GetProperty("fault").GetProperty("message").GetString());
    }

    [Fact]
    public async Task AuthenticationPathAndSiteFaults()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var badToken = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/1", token: "not.a.jwt");
        var noAuth = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Shop}/orders/1"));
        var unknownPath = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/incognito");
        var wrongMethod = await sfcc.OcapiAsync(HttpMethod.Delete, $"{sfcc.Shop}/orders/1");
        var otherSite = await sfcc.OcapiAsync(HttpMethod.Get, $"{TestInstance.Instance}/s/RefArch/dw/shop/v23_2/orders/1");

        AssertFault(badToken, HttpStatusCode.Unauthorized, "InvalidAccessTokenException");
        AssertFault(noAuth, HttpStatusCode.BadRequest, "MissingClientIdException");
        AssertFault(unknownPath, HttpStatusCode.NotFound, "NotFoundException");
        Assert.Equal("/dw/shop/v23_2/incognito", unknownPath.Body.GetProperty("fault").GetProperty("arguments").GetProperty("path").GetProperty("value").GetString());
        AssertFault(wrongMethod, HttpStatusCode.MethodNotAllowed, "MethodNotAllowedException");
        AssertFault(otherSite, HttpStatusCode.NotFound, "SiteNotFoundException");
    }

    [Fact]
    public async Task OrderSearchFiltersByStatusAndPages()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        for (var i = 0; i < 3; i++)
        {
            var basket = await sfcc.ReadyBasketAsync(token, "SOCK-CREW-WHT-M");
            Assert.Equal(HttpStatusCode.OK, (await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/orders", new { basket_id = basket.Text("basket_id") }, token)).Status);
        }

        var page = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/order_search", new
        {
            query = new { term_query = new { fields = new[] { "status" }, @operator = "is", values = new[] { "new" } } },
            select = "(**)",
            sorts = new[] { new { field = "creation_date", sort_order = "desc" } },
            start = 1,
            count = 1,
        }, token);
        var none = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/order_search", new { query = new { term_query = new { fields = new[] { "status" }, @operator = "is", values = new[] { "cancelled" } } } }, token);

        Assert.True(page.Status == HttpStatusCode.OK, page.ToString());
        Assert.Equal(3, page.Body.GetProperty("total").GetInt32());
        Assert.Equal(1, page.Body.GetProperty("count").GetInt32());
        Assert.Equal(1, page.Body.GetProperty("start").GetInt32());
        Assert.Equal("new", page.Body.GetProperty("hits")[0].GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(0, none.Body.GetProperty("total").GetInt32());
    }

    private static async Task<string> DataTokenAsync(TestInstance sfcc) => (await sfcc.BmTokenAsync()).Text("access_token");
}
