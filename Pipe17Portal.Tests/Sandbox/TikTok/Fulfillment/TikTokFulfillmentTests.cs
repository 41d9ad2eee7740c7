using System.Net;
using System.Text.Json;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Fulfillment;

public class TikTokFulfillmentTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    private const string Usps = "7117858858072016686";
    private const string Ups = "7117859084333745966";

    [Fact]
    public async Task ShippingTheOnlyPackageMovesTheOrderToAwaitingCollection()
    {
        var shop = await TestShop.CreateAsync(factory);
        await shop.SubscribeAsync("ORDER_STATUS_CHANGE");
        var id = (await SellerShippedAsync(shop, 2))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;

        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: new { handover_method = "DROP_OFF", self_shipment = new { tracking_number = "9400111", shipping_provider_id = Usps } });

        var order = await shop.OrderAsync(id);
        Assert.Equal("AWAITING_COLLECTION", order.GetProperty("status").GetString());
        Assert.Equal("9400111", order.GetProperty("tracking_number").GetString());
        Assert.All(order.GetProperty("line_items").EnumerateArray(), l =>
        {
            Assert.Equal("9400111", l.GetProperty("tracking_number").GetString());
            Assert.Equal("USPS", l.GetProperty("shipping_provider_name").GetString());
            Assert.Equal("PROCESSING", l.GetProperty("package_status").GetString());
        });
        var package = (await shop.OkAsync(HttpMethod.Get, $"/fulfillment/202309/packages/{packageId}")).GetProperty("data");
        Assert.Equal("PROCESSING", package.GetProperty("package_status").GetString());
        Assert.Equal(2, package.GetProperty("orders")[0].GetProperty("skus")[0].GetProperty("quantity").GetInt32());
        var hooks = await factory.Webhooks.WaitAsync(shop.WebhookAddress, w => w.Count >= 2);
        Assert.Contains(hooks, h => h.Json.GetProperty("data").GetProperty("order_status").GetString() == "AWAITING_COLLECTION");
    }

    [Fact]
    public async Task APackageShipsOnlyOnce()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;
        var body = JsonSerializer.Serialize(new { self_shipment = new { tracking_number = "T1", shipping_provider_id = Usps } });
        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: new { self_shipment = new { tracking_number = "T1", shipping_provider_id = Usps } });

        var (status, reply) = await shop.SendAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(21001003, reply.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task SellerShippedPackagesNeedASelfShipment()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;

        var (_, reply) = await shop.SendAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: "{\"handover_method\":\"DROP_OFF\"}");

        Assert.Equal(21001004, reply.GetProperty("code").GetInt32());
        Assert.Equal("AWAITING_SHIPMENT", (await shop.OrderAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACancelledOrderCannotBeShipped()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;
        await shop.Http.PostAsync($"{shop.Control}/orders/{id}/cancel", null);

        var (_, reply) = await shop.SendAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: JsonSerializer.Serialize(new { self_shipment = new { tracking_number = "T1", shipping_provider_id = Usps } }));

        Assert.Equal(21001002, reply.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task APendingCancellationRequestFreezesThePackagesUntilWithdrawn()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;
        var ship = JsonSerializer.Serialize(new { self_shipment = new { tracking_number = "1ZFROZEN01", shipping_provider_id = Ups } });
        await shop.Http.PostAsync($"{shop.Control}/orders/{id}/request-cancel", new StringContent("{\"requested\":true}", System.Text.Encoding.UTF8, "application/json"));

        var (_, frozen) = await shop.SendAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: ship);
        Assert.Equal(10007014, frozen.GetProperty("code").GetInt32());
        Assert.Contains("freeze", frozen.GetProperty("message").GetString());
        Assert.True((await shop.OrderAsync(id)).GetProperty("is_buyer_request_cancel").GetBoolean());

        await shop.Http.PostAsync($"{shop.Control}/orders/{id}/request-cancel", new StringContent("{\"requested\":false}", System.Text.Encoding.UTF8, "application/json"));
        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: new { self_shipment = new { tracking_number = "1ZFROZEN01", shipping_provider_id = Ups } });
        Assert.Equal("AWAITING_COLLECTION", (await shop.OrderAsync(id)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("1Z 999")]
    [InlineData("1Z#999")]
    public async Task ATrackingNumberWithCharactersCarriersDoNotPrintIsRejected(string tracking)
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;

        var (_, reply) = await shop.SendAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship",
            body: JsonSerializer.Serialize(new { self_shipment = new { tracking_number = tracking, shipping_provider_id = Ups } }));

        Assert.Equal(21001012, reply.GetProperty("code").GetInt32());
        Assert.Equal("AWAITING_SHIPMENT", (await shop.OrderAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MarkingSomeLineItemsShippedSplitsTheOrderUntilTheRestShips()
    {
        var shop = await TestShop.CreateAsync(factory);
        await shop.SubscribeAsync("PACKAGE_UPDATE");
        var id = (await SellerShippedAsync(shop, 3))[0];
        var lines = (await shop.OrderAsync(id)).GetProperty("line_items").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToList();

        var split = (await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/orders/{id}/packages", body: new { tracking_number = "1Z1", shipping_provider_id = Ups, order_line_item_ids = lines.Take(1) })).GetProperty("data");

        var partial = await shop.OrderAsync(id);
        Assert.Equal("PARTIALLY_SHIPPING", partial.GetProperty("status").GetString());
        Assert.Equal("SPLIT", partial.GetProperty("split_or_combine_tag").GetString());
        var packages = partial.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        Assert.Equal(2, packages.Count);
        Assert.Equal([lines[0]], split.GetProperty("order_line_item_ids").EnumerateArray().Select(e => e.GetString()));
        var rest = packages.Single(p => p != split.GetProperty("package_id").GetString());
        Assert.All(partial.GetProperty("line_items").EnumerateArray().Skip(1), l => Assert.Equal(rest, l.GetProperty("package_id").GetString()));
        await factory.Webhooks.WaitAsync(shop.WebhookAddress, w => w.Any(h => h.Json.GetProperty("type").GetInt32() == 4));

        await shop.OkAsync(HttpMethod.Post, "/fulfillment/202309/packages/ship", body: new { packages = new[] { new { id = rest, self_shipment = new { tracking_number = "1Z2", shipping_provider_id = Ups } } } });

        Assert.Equal("AWAITING_COLLECTION", (await shop.OrderAsync(id)).GetProperty("status").GetString());
        var tracking = (await shop.OkAsync(HttpMethod.Get, $"/fulfillment/202309/orders/{id}/tracking")).GetProperty("data").GetProperty("tracking");
        Assert.Equal(2, tracking.GetArrayLength());
    }

    [Fact]
    public async Task ShippingInfoOfAShippedSellerPackageCanBeCorrected()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;
        var update = new { tracking_number = "NEW-1", shipping_provider_id = Ups };
        var (_, early) = await shop.SendAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/shipping_info/update", body: JsonSerializer.Serialize(update));
        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: new { self_shipment = new { tracking_number = "OLD-1", shipping_provider_id = Usps } });

        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/shipping_info/update", body: update);

        Assert.Equal(21001008, early.GetProperty("code").GetInt32());
        var package = (await shop.OkAsync(HttpMethod.Get, $"/fulfillment/202309/packages/{packageId}")).GetProperty("data");
        Assert.Equal("NEW-1", package.GetProperty("tracking_number").GetString());
        Assert.Equal("UPS", package.GetProperty("shipping_provider_name").GetString());
    }

    [Fact]
    public async Task TheControlApiShowsPackagesAndTracking()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;
        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: new { self_shipment = new { tracking_number = "TRK-9", shipping_provider_id = Usps } });

        var held = JsonDocument.Parse(await shop.Http.GetStringAsync($"{shop.Control}/orders/{id}")).RootElement;

        Assert.Equal("AWAITING_COLLECTION", held.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("TRK-9", held.GetProperty("packages")[0].GetProperty("tracking_number").GetString());
        Assert.Equal(1, held.GetProperty("tracking").GetArrayLength());
    }

    [Fact]
    public async Task TheCarrierMovesAShippedOrderToCompletedOneStepAtATime()
    {
        var shop = await TestShop.CreateAsync(factory);
        var id = (await SellerShippedAsync(shop, 1))[0];
        var packageId = (await shop.OrderAsync(id)).GetProperty("packages")[0].GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, (await shop.Http.PostAsync($"{shop.Control}/orders/{id}/advance", null)).StatusCode);
        await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/packages/{packageId}/ship", body: new { self_shipment = new { tracking_number = "C-1", shipping_provider_id = Usps } });

        var statuses = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await shop.Http.PostAsync($"{shop.Control}/orders/{id}/advance", null)).StatusCode);
            statuses.Add((await shop.OrderAsync(id)).GetProperty("status").GetString()!);
        }

        Assert.Equal(["IN_TRANSIT", "DELIVERED", "COMPLETED"], statuses);
        var search = (await shop.OkAsync(HttpMethod.Post, "/fulfillment/202309/packages/search", new() { ["page_size"] = "10" }, new { package_status = "COMPLETED" })).GetProperty("data");
        Assert.Equal(packageId, Assert.Single(search.GetProperty("packages").EnumerateArray()).GetProperty("id").GetString());
        var tracking = (await shop.OkAsync(HttpMethod.Get, $"/fulfillment/202309/orders/{id}/tracking")).GetProperty("data").GetProperty("tracking");
        Assert.Equal(3, tracking.GetArrayLength());
    }

    private static Task<List<string>> SellerShippedAsync(TestShop shop, int units) =>
        shop.CreateOrdersAsync(new { count = 1, delivery_option_name = "Seller shipping", skus = new[] { new { seller_sku = "HOOD-PULL-BLK-M", quantity = units } } });
}
