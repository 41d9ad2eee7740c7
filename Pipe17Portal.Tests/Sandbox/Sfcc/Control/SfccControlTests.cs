using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Control;

public class SfccControlTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<Reply> PostAsync(TestInstance sfcc, string path, object body) =>
        await Reply.ReadAsync(await sfcc.Http.PostAsync(sfcc.Control + path, new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json")));

    [Fact]
    public async Task ASettingsResourceRemovedIsRefusedWithClientAccessForbiddenNamingIt()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        Assert.Equal(HttpStatusCode.OK, (await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/order_search", new { query = new { match_all_query = new { } } }, token)).Status);
        var settings = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/ocapi-settings"));
        var shop = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(settings.Body.GetProperty("shop").GetRawText())!;
        var client = settings.Body.GetProperty("shop").GetProperty("clients")[0];
        var resources = client.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("resource_id").GetString() != "/order_search").ToList();

        var put = await sfcc.PutJsonAsync($"{sfcc.Control}/ocapi-settings", new { shop = new { _v = "23.2", clients = new[] { new { client_id = sfcc.OcapiClientId, resources } } } });
        var refused = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/order_search", new { query = new { match_all_query = new { } } }, token);
        var stillAllowed = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { }, token);

        Assert.True(shop.ContainsKey("clients"));
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("ClientAccessForbiddenException", refused.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Contains("/order_search", refused.Body.GetProperty("fault").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, stillAllowed.Status);
    }

    [Fact]
    public async Task AMissingMethodOrClientIsForbiddenToo()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");

        await sfcc.PutJsonAsync($"{sfcc.Control}/ocapi-settings", new
        {
            shop = new { _v = "23.2", clients = new[] { new { client_id = sfcc.OcapiClientId, resources = new[] { new { resource_id = "/orders/*", methods = new[] { "get" } } } } } },
            data = new { _v = "25.6", clients = Array.Empty<object>() },
        });
        var patch = await sfcc.OcapiAsync(HttpMethod.Patch, $"{sfcc.Shop}/orders/1", new { status = "cancelled" }, token);
        var data = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/sites/{sfcc.SiteId}", token: token);

        Assert.Equal("ClientAccessForbiddenException", patch.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Contains("PATCH", patch.Body.GetProperty("fault").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, data.Status);
        Assert.Equal("25.6", data.Body.GetProperty("_v").GetString());
    }

    [Fact]
    public async Task InvalidSettingsAreRefused()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var empty = await sfcc.PutJsonAsync($"{sfcc.Control}/ocapi-settings", new { });
        var noClients = await sfcc.PutJsonAsync($"{sfcc.Control}/ocapi-settings", new { shop = new { _v = "23.2" } });
        var badResource = await sfcc.PutJsonAsync($"{sfcc.Control}/ocapi-settings", new { data = new { clients = new[] { new { client_id = "x", resources = new[] { new { resource_id = "orders", methods = new[] { "get" } } } } } } });

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noClients.Status);
        Assert.Contains("shop", noClients.Body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.BadRequest, badResource.Status);
        Assert.Contains("data", badResource.Body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task TheMerchantCreatesTheGenericCustomerAndTheTtsPaymentMethodThenOrdersUseThem()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");

        var customer = await PostAsync(sfcc, "/customers", new { email = "tiktok@merchant.example", first_name = "TikTok", last_name = "Shop" });
        var tts = await PostAsync(sfcc, "/payment-methods", new { id = "TTS", name = "TikTok Shop" });
        var express = await PostAsync(sfcc, "/shipping-methods", new { id = "EXPRESS", name = "Express", cost = 12.5 });
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new
        {
            customer_info = new { customer_no = customer.Text("customer_no") },
            billing_address = TestInstance.Address,
            shipments = new[] { new { shipment_id = "me", shipping_method = new { id = "EXPRESS" } } },
            product_items = new[] { new { product_id = "BAG-SLING-BLK-OS", quantity = 1 } },
            payment_instruments = new[] { new { payment_method_id = "TTS", amount = 54.5 } },
        }, token);
        var order = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT42", new { basket_id = basket.Text("basket_id") }, token);
        var orders = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/orders"));

        Assert.Equal(HttpStatusCode.Created, customer.Status);
        Assert.Equal(HttpStatusCode.Created, tts.Status);
        Assert.Equal(HttpStatusCode.Created, express.Status);
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        Assert.Equal("new", order.Text("status"));
        var listed = orders.Body[0];
        Assert.Equal("TT42", listed.GetProperty("order_no").GetString());
        Assert.Equal(customer.Text("customer_no"), listed.GetProperty("customer_no").GetString());
        Assert.Equal("EXPRESS", listed.GetProperty("shipping_method").GetString());
        Assert.Equal("TTS", listed.GetProperty("payment_method").GetString());
        Assert.Equal("BAG-SLING-BLK-OS", listed.GetProperty("lines")[0].GetProperty("product_id").GetString());
    }

    [Fact]
    public async Task ShippingSomeLinesMakesTheOrderPartShippedThenShipped()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new
        {
            customer_info = new { customer_no = "00001001" },
            billing_address = TestInstance.Address,
            shipments = new[] { new { shipment_id = "me", shipping_method = new { id = "001" } } },
            product_items = new[] { new { product_id = "MUG-CERAMIC-WHT-OS", quantity = 1 }, new { product_id = "MUG-CERAMIC-BLK-OS", quantity = 1 } },
            payment_instruments = new[] { new { payment_method_id = "CREDIT_CARD", amount = 37.99 } },
        }, token);
        var order = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/orders", new { basket_id = basket.Text("basket_id") }, token);
        var no = order.Text("order_no");

        var part = await PostAsync(sfcc, $"/orders/{no}/ship", new { tracking_number = "1Z999", carrier = "UPS", lines = new[] { "MUG-CERAMIC-WHT-OS" } });
        var all = await PostAsync(sfcc, $"/orders/{no}/ship", new { tracking_number = "1Z999", carrier = "UPS" });
        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/{no}", token: token);
        var noTracking = await PostAsync(sfcc, $"/orders/{no}/ship", new { carrier = "UPS" });
        var badLine = await PostAsync(sfcc, $"/orders/{no}/ship", new { tracking_number = "1", carrier = "UPS", lines = new[] { "NOPE" } });
        var missing = await PostAsync(sfcc, "/orders/NOPE/ship", new { tracking_number = "1", carrier = "UPS" });

        Assert.Equal("part_shipped", part.Text("shipping_status"));
        Assert.Equal("shipped", all.Text("shipping_status"));
        Assert.Equal("1Z999", read.Body.GetProperty("shipments")[0].GetProperty("tracking_number").GetString());
        Assert.Equal("UPS", read.Body.GetProperty("shipments")[0].GetProperty("c_carrierCode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noTracking.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badLine.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task InventoryIsSetPerSkuAndValidated()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");

        var set = await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-VNECK-NVY-M", new { quantity = 0 });
        var sold = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { product_items = new[] { new { product_id = "TEE-VNECK-NVY-M", quantity = 1 } } }, token);
        var negative = await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-VNECK-NVY-M", new { quantity = -1 });
        var unknown = await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/tee-vneck-nvy-m", new { quantity = 3 });
        var master = await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-VNECK", new { quantity = 3 });

        Assert.Equal(0, set.Body.GetProperty("ats").GetInt32());
        Assert.Equal("ProductItemNotAvailableException", sold.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, master.Status);
    }

    [Fact]
    public async Task MethodsAndCustomersAreValidated()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var noId = await PostAsync(sfcc, "/payment-methods", new { name = "x" });
        var spaced = await PostAsync(sfcc, "/shipping-methods", new { id = " 004" });
        var duplicate = await PostAsync(sfcc, "/shipping-methods", new { id = "001" });
        var badCost = await PostAsync(sfcc, "/shipping-methods", new { id = "009", cost = -1 });
        var noEmail = await PostAsync(sfcc, "/customers", new { first_name = "x" });
        var takenNo = await PostAsync(sfcc, "/customers", new { email = "a@b.c", customer_no = "00001001" });

        Assert.Equal(HttpStatusCode.BadRequest, noId.Status);
        Assert.Equal(HttpStatusCode.BadRequest, spaced.Status);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badCost.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.Status);
        Assert.Equal(HttpStatusCode.Conflict, takenNo.Status);
    }

    [Fact]
    public async Task TheDataApiReadsSiteCustomersAndInventory()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");

        var site = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/sites/{sfcc.SiteId}", token: token);
        var customer = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customers/00001002", token: token);
        var search = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customer_search", new { query = new { term_query = new { fields = new[] { "email" }, @operator = "is", values = new[] { customer.Text("email") } } } }, token);
        var records = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/inventory_lists/inventory_{sfcc.SiteId}/product_inventory_records?start=0&count=10", token: token);
        var noCustomer = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customers/99", token: token);
        var noList = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/inventory_lists/nope/product_inventory_records", token: token);
        var shopSite = await sfcc.OcapiAsync(HttpMethod.Get, $"{TestInstance.Instance}/s/{sfcc.SiteId}/dw/data/v25_6/sites/{sfcc.SiteId}", token: token);

        Assert.Equal(sfcc.SiteId, site.Text("id"));
        Assert.Equal(sfcc.SiteId, site.Body.GetProperty("customer_list_link").GetProperty("customer_list_id").GetString());
        Assert.Equal("00001002", customer.Text("customer_no"));
        Assert.Equal(1, search.Body.GetProperty("total").GetInt32());
        Assert.Equal(10, records.Body.GetProperty("count").GetInt32());
        Assert.True(records.Body.GetProperty("total").GetInt32() > 10);
        Assert.True(records.Body.TryGetProperty("next", out _));
        Assert.Equal("CustomerNotFoundException", noCustomer.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Equal("InventoryListNotFoundException", noList.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Equal("SiteNotFoundException", shopSite.Body.GetProperty("fault").GetProperty("type").GetString());
    }
}
