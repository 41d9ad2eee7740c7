using System.Globalization;
using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Orders;

public class TikTokOrderTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    private const string Search = "/order/202309/orders/search";

    [Fact]
    public async Task SearchPagesToTheEndWithTheTotalCount()
    {
        var shop = await TestShop.CreateAsync(factory);
        var created = await shop.CreateOrdersAsync(new { count = 25 });
        var seen = new List<string>();
        string? token = null;
        var pages = 0;

        do
        {
            var query = new Dictionary<string, string> { ["page_size"] = "10", ["sort_field"] = "create_time", ["sort_order"] = "ASC" };
            if (token is not null)
            {
                query["page_token"] = token;
            }
            var data = (await shop.OkAsync(HttpMethod.Post, Search, query, new { })).GetProperty("data");
            Assert.Equal(25, data.GetProperty("total_count").GetInt32());
            seen.AddRange(data.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
            token = data.GetProperty("next_page_token").GetString();
            pages++;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchFiltersByStatusAndUpdateTime()
    {
        var shop = await TestShop.CreateAsync(factory);
        var unpaid = await shop.CreateOrdersAsync(new { count = 3, status = "UNPAID" });
        await shop.CreateOrdersAsync(new { count = 2 });
        await Task.Delay(1100);
        var since = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.OK, (await shop.Http.PostAsync($"{shop.Control}/orders/{unpaid[0]}/cancel", TestShop.Json(new { initiator = "BUYER" }))).StatusCode);

        var byStatus = (await shop.OkAsync(HttpMethod.Post, Search, new() { ["page_size"] = "50" }, new { order_status = "UNPAID" })).GetProperty("data");
        var byUpdate = (await shop.OkAsync(HttpMethod.Post, Search, new() { ["page_size"] = "50", ["sort_field"] = "update_time" }, new { update_time_ge = since })).GetProperty("data");

        Assert.Equal(2, byStatus.GetProperty("total_count").GetInt32());
        Assert.All(byStatus.GetProperty("orders").EnumerateArray(), o => Assert.Equal("UNPAID", o.GetProperty("status").GetString()));
        Assert.Equal([unpaid[0]], byUpdate.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task SearchNeedsAValidPageSize()
    {
        var shop = await TestShop.CreateAsync(factory);

        var (status, reply) = await shop.SendAsync(HttpMethod.Post, Search, new() { ["page_size"] = "101" }, "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("page_size", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DetailTakesAtMostFiftyIds()
    {
        var shop = await TestShop.CreateAsync(factory);
        var ids = await shop.CreateOrdersAsync(new { count = 51 });

        var fifty = await shop.OkAsync(HttpMethod.Get, "/order/202309/orders", new() { ["ids"] = string.Join(",", ids.Take(50)) });
        var (status, reply) = await shop.SendAsync(HttpMethod.Get, "/order/202309/orders", new() { ["ids"] = string.Join(",", ids) });

        Assert.Equal(50, fifty.GetProperty("data").GetProperty("orders").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(36009004, reply.GetProperty("code").GetInt32());
        Assert.Contains("50", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ControlOrdersHaveOneLineItemPerUnitAndConsistentMoney()
    {
        var shop = await TestShop.CreateAsync(factory);

        var ids = await shop.CreateOrdersAsync(new { count = 2, skus = new object[] { new { seller_sku = "TEE-CLASSIC-BLK-M", quantity = 3 }, new { seller_sku = "MUG-CERAMIC-WHT-OS", quantity = 1 } } });
        var order = await shop.OrderAsync(ids[1]);

        Assert.Equal(2, ids.Distinct().Count());
        Assert.Matches("^[0-9]{18,19}$", order.GetProperty("id").GetString());
        Assert.Equal("AWAITING_SHIPMENT", order.GetProperty("status").GetString());
        Assert.True(order.GetProperty("paid_time").GetInt64() > 0);
        var lines = order.GetProperty("line_items").EnumerateArray().ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(4, lines.Select(l => l.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(3, lines.Count(l => l.GetProperty("seller_sku").GetString() == "TEE-CLASSIC-BLK-M"));
        Assert.All(lines, l => Assert.False(l.TryGetProperty("quantity", out _)));
        var payment = order.GetProperty("payment");
        var subTotal = lines.Sum(l => Money(l.GetProperty("sale_price")));
        Assert.Equal(subTotal, Money(payment.GetProperty("sub_total")));
        Assert.Equal(Money(payment.GetProperty("sub_total")) + Money(payment.GetProperty("shipping_fee")) + Money(payment.GetProperty("tax")), Money(payment.GetProperty("total_amount")));
        var recipient = order.GetProperty("recipient_address");
        Assert.Contains("***", recipient.GetProperty("name").GetString());
        Assert.Contains("***", recipient.GetProperty("postal_code").GetString());
        Assert.EndsWith("tiktok.com", order.GetProperty("buyer_email").GetString());
        Assert.Equal("Standard shipping", order.GetProperty("delivery_option_name").GetString());
        Assert.Single(order.GetProperty("packages").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"count\":1,\"status\":\"SHIPPED\"}", "status")]
    [InlineData("{\"count\":0}", "count")]
    [InlineData("{\"count\":1,\"skus\":[\"NO-SUCH-SKU\"]}", "skus[0]")]
    [InlineData("{\"count\":1,\"delivery_option_name\":\"Teleport\"}", "delivery_option_name")]
    public async Task InvalidControlOrdersNameTheField(string body, string field)
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);

        var response = await shop.Http.PostAsync($"{shop.Control}/orders", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task AnUnknownOrderIsA404ThatSaysWhatToDo()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);

        var response = await shop.Http.GetAsync($"{shop.Control}/orders/576000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("tiktok/orders", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CancellingSetsTheFieldsAndSendsSignedWebhooks()
    {
        var shop = await TestShop.CreateAsync(factory);
        await shop.SubscribeAsync("ORDER_STATUS_CHANGE");
        await shop.SubscribeAsync("CANCELLATION_STATUS_CHANGE");
        var id = (await shop.CreateOrdersAsync(new { count = 1 }))[0];

        var cancel = await shop.Http.PostAsync($"{shop.Control}/orders/{id}/cancel", TestShop.Json(new { initiator = "SELLER", reason = "Pricing error" }));
        var hooks = await factory.Webhooks.WaitAsync(shop.WebhookAddress, w => w.Count >= 3);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var order = await shop.OrderAsync(id);
        Assert.Equal("CANCELLED", order.GetProperty("status").GetString());
        Assert.Equal("Pricing error", order.GetProperty("cancel_reason").GetString());
        Assert.Equal("SELLER", order.GetProperty("cancellation_initiator").GetString());
        Assert.True(order.GetProperty("cancel_time").GetInt64() > 0);
        var statuses = hooks.Where(h => h.Json.GetProperty("type").GetInt32() == 1).Select(h => h.Json.GetProperty("data").GetProperty("order_status").GetString()).ToList();
        Assert.Equal(["AWAITING_SHIPMENT", "CANCEL"], statuses.Order(StringComparer.Ordinal));
        var cancellation = Assert.Single(hooks, h => h.Json.GetProperty("type").GetInt32() == 11).Json;
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/webhooks/CancellationStatusChangeEvent.json"), cancellation);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/webhooks/OrderStatusChangeEvent.json"), hooks.First(h => h.Json.GetProperty("type").GetInt32() == 1).Json);
        Assert.Equal(id, cancellation.GetProperty("data").GetProperty("order_id").GetString());
        Assert.Equal("SELLER", cancellation.GetProperty("data").GetProperty("cancellations_role").GetString());
        Assert.All(hooks, h =>
        {
            Assert.Equal(TestSigner.SignWebhook(shop.AppKey, shop.AppSecret, h.Body), h.Authorization);
            Assert.Equal("application/json", h.MediaType);
            Assert.Equal(shop.ShopId, h.Json.GetProperty("shop_id").GetString());
            Assert.Matches("^[0-9]{19}$", h.Json.GetProperty("tts_notification_id").GetString());
        });
        Assert.Equal(3, hooks.Select(h => h.Json.GetProperty("tts_notification_id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task PayingAnUnpaidOrderMovesItToAwaitingShipmentWithAPackage()
    {
        var shop = await TestShop.CreateAsync(factory);
        await shop.SubscribeAsync("ORDER_STATUS_CHANGE");
        var id = (await shop.CreateOrdersAsync(new { count = 1, status = "UNPAID" }))[0];
        Assert.Empty((await shop.OrderAsync(id)).GetProperty("packages").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await shop.Http.PostAsync($"{shop.Control}/orders/{id}/pay", null)).StatusCode);
        var hooks = await factory.Webhooks.WaitAsync(shop.WebhookAddress, w => w.Count >= 2);

        var order = await shop.OrderAsync(id);
        Assert.Equal("AWAITING_SHIPMENT", order.GetProperty("status").GetString());
        Assert.Single(order.GetProperty("packages").EnumerateArray());
        Assert.Equal(["AWAITING_SHIPMENT", "UNPAID"], hooks.Select(h => h.Json.GetProperty("data").GetProperty("order_status").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AFailedWebhookIsRetriedWithGrowingDelays()
    {
        var shop = await TestShop.CreateAsync(factory);
        await shop.SubscribeAsync("ORDER_STATUS_CHANGE");
        factory.Webhooks.Route(shop.WebhookAddress, HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Accepted);

        await shop.CreateOrdersAsync(new { count = 1 });
        var hooks = await factory.Webhooks.WaitAsync(shop.WebhookAddress, w => w.Any(h => h.Answered == HttpStatusCode.OK));

        Assert.Equal(4, hooks.Count);
        Assert.Single(hooks.Select(h => h.Body).Distinct());
        var gaps = hooks.Zip(hooks.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).ToList();
        Assert.True(gaps[0] >= 140 && gaps[1] >= 440 && gaps[2] >= 890, $"gaps: {string.Join(", ", gaps)}");
        Assert.True(gaps[0] < gaps[1] && gaps[1] < gaps[2], $"gaps: {string.Join(", ", gaps)}");
    }

    [Fact]
    public async Task TheControlListShowsNewestFirstWithPackages()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        var ids = await shop.CreateOrdersAsync(new { count = 3 });

        var list = JsonDocument.Parse(await shop.Http.GetStringAsync($"{shop.Control}/orders?page_size=2")).RootElement;

        Assert.Equal(3, list.GetProperty("total_count").GetInt32());
        Assert.Equal(2, list.GetProperty("orders").GetArrayLength());
        Assert.All(list.GetProperty("orders").EnumerateArray(), o => Assert.Single(o.GetProperty("packages").EnumerateArray()));
        Assert.Contains(list.GetProperty("orders")[0].GetProperty("id").GetString(), ids);
    }

    private static decimal Money(JsonElement value) => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
