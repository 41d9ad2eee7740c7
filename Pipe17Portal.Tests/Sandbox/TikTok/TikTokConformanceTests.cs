using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>Each emulated endpoint answers with the field names and JSON types of TikTok's own examples.</summary>
public class TikTokConformanceTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    [Fact]
    public async Task TokenRepliesMatchTheFixture()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");

        var reply = await shop.AuthorizeAsync();
        var refreshed = await shop.TokenAsync("/api/v2/token/refresh", new() { ["app_key"] = shop.AppKey, ["app_secret"] = shop.AppSecret, ["refresh_token"] = shop.RefreshToken, ["grant_type"] = "refresh_token" });

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/AuthGetTokenResponse.json"), reply);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/AuthRefreshTokenResponse.json"), refreshed);
        Fixtures.AssertHas(reply.GetProperty("data"), "access_token", "access_token_expire_in", "refresh_token", "refresh_token_expire_in", "open_id", "seller_name", "seller_base_region", "user_type", "granted_scopes");
    }

    [Fact]
    public async Task ShopsMatchTheFixture()
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await shop.OkAsync(HttpMethod.Get, "/authorization/202309/shops");

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/AuthorizationGetShopsResponse.json"), reply);
        Fixtures.AssertHas(reply.GetProperty("data").GetProperty("shops")[0], "cipher", "code", "id", "name", "region", "seller_type");
    }

    [Fact]
    public async Task OrderDetailAndSearchMatchTheFixtures()
    {
        var shop = await TestShop.CreateAsync(factory);
        var ids = await shop.CreateOrdersAsync(new { count = 3 });

        var detail = await shop.OkAsync(HttpMethod.Get, "/order/202309/orders", new() { ["ids"] = string.Join(",", ids) });
        var search = await shop.OkAsync(HttpMethod.Post, "/order/202309/orders/search", new() { ["page_size"] = "2" }, new { });

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/OrderBatchGetOrderDetailResponse.json"), detail);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/OrderSearchOrdersResponse.json"), search);
        var order = detail.GetProperty("data").GetProperty("orders")[0];
        Fixtures.AssertHas(order, "id", "status", "create_time", "update_time", "paid_time", "line_items", "payment", "recipient_address", "packages",
            "delivery_option_id", "delivery_option_name", "shipping_type", "buyer_email", "user_id", "warehouse_id", "fulfillment_type");
        Fixtures.AssertHas(order.GetProperty("line_items")[0], "id", "sku_id", "seller_sku", "product_id", "product_name", "sale_price", "original_price", "currency", "display_status", "package_id");
        Fixtures.AssertHas(order.GetProperty("payment"), "currency", "sub_total", "shipping_fee", "tax", "total_amount");
        Fixtures.AssertHas(order.GetProperty("recipient_address"), "name", "phone_number", "full_address", "postal_code", "region_code", "district_info");
        Fixtures.AssertHas(search.GetProperty("data"), "next_page_token", "total_count", "orders");
    }

    [Fact]
    public async Task LogisticsRepliesMatchTheFixtures()
    {
        var shop = await TestShop.CreateAsync(factory);

        var warehouses = await shop.OkAsync(HttpMethod.Get, "/logistics/202309/warehouses");
        var warehouseId = warehouses.GetProperty("data").GetProperty("warehouses")[0].GetProperty("id").GetString()!;
        var options = await shop.OkAsync(HttpMethod.Get, $"/logistics/202309/warehouses/{warehouseId}/delivery_options");
        var optionId = options.GetProperty("data").GetProperty("delivery_options")[0].GetProperty("id").GetString()!;
        var providers = await shop.OkAsync(HttpMethod.Get, $"/logistics/202309/delivery_options/{optionId}/shipping_providers");

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/LogisticsGetWarehousesResponse.json"), warehouses);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/LogisticsGetWarehouseDeliveryOptionsResponse.json"), options);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/LogisticsGetDeliveryOptionShippingProvidersResponse.json"), providers);
        Fixtures.AssertHas(warehouses.GetProperty("data").GetProperty("warehouses")[0], "id", "name", "is_default", "type", "effect_status", "address");
        Assert.Equal(["USPS", "UPS", "FedEx"], providers.GetProperty("data").GetProperty("shipping_providers").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task FulfillmentRepliesMatchTheFixtures()
    {
        var shop = await TestShop.CreateAsync(factory);
        var ids = await shop.CreateOrdersAsync(new { count = 2, delivery_option_name = "Seller shipping", skus = new[] { new { seller_sku = "TEE-CLASSIC-BLK-M", quantity = 2 } } });
        var first = await shop.OrderAsync(ids[0]);
        var second = await shop.OrderAsync(ids[1]);
        var packageId = first.GetProperty("packages")[0].GetProperty("id").GetString()!;
        var usps = "7117858858072016686";

        var batch = await shop.OkAsync(HttpMethod.Post, "/fulfillment/202309/packages/ship", body: new { packages = new object[]
        {
            new { id = packageId, handover_method = "DROP_OFF", self_shipment = new { tracking_number = "9400100000000000000001", shipping_provider_id = usps } },
            new { id = "1150000000000000000", handover_method = "DROP_OFF", self_shipment = new { tracking_number = "X", shipping_provider_id = usps } },
        } });
        var package = await shop.OkAsync(HttpMethod.Get, $"/fulfillment/202309/packages/{packageId}");
        var tracking = await shop.OkAsync(HttpMethod.Get, $"/fulfillment/202309/orders/{ids[0]}/tracking");
        var split = await shop.OkAsync(HttpMethod.Post, $"/fulfillment/202309/orders/{ids[1]}/packages", body: new
        {
            tracking_number = "1Z999AA10123456784",
            shipping_provider_id = "7117859084333745966",
            order_line_item_ids = new[] { second.GetProperty("line_items")[0].GetProperty("id").GetString() },
        });

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/FulfillmentBatchShipPackagesResponse.json"), batch);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/FulfillmentGetPackageDetailResponse.json"), package);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/FulfillmentGetOrderTrackingResponse.json"), tracking);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/FulfillmentCreatePackageResponse.json"), split);
        var packages = await shop.OkAsync(HttpMethod.Post, "/fulfillment/202309/packages/search", new() { ["page_size"] = "50" }, new { });
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/FulfillmentSearchPackagesResponse.json"), packages);
        Fixtures.AssertHas(packages.GetProperty("data").GetProperty("packages")[0], "id", "status", "order_line_item_ids", "orders", "create_time", "update_time");
        Assert.Equal(1, batch.GetProperty("data").GetProperty("errors").GetArrayLength());
        Fixtures.AssertHas(package.GetProperty("data"), "package_id", "package_status", "order_line_item_ids", "orders", "tracking_number", "shipping_provider_id", "shipping_provider_name");
        Fixtures.AssertHas(tracking.GetProperty("data").GetProperty("tracking")[0], "description", "update_time_millis");
        Fixtures.AssertHas(split.GetProperty("data"), "order_id", "package_id", "order_line_item_ids");
    }

    [Fact]
    public async Task ProductAndInventoryRepliesMatchTheFixtures()
    {
        var shop = await TestShop.CreateAsync(factory);

        var search = await shop.OkAsync(HttpMethod.Post, "/product/202309/products/search", new() { ["page_size"] = "5" }, new { status = "ACTIVATE" });
        var product = search.GetProperty("data").GetProperty("products")[0];
        var productId = product.GetProperty("id").GetString()!;
        var detail = await shop.OkAsync(HttpMethod.Get, $"/product/202309/products/{productId}");
        var sku = detail.GetProperty("data").GetProperty("skus")[0];
        var inventory = await shop.OkAsync(HttpMethod.Post, "/product/202309/inventory/search", body: new { product_ids = new[] { productId } });
        var update = await shop.OkAsync(HttpMethod.Post, $"/product/202309/products/{productId}/inventory/update", body: new
        {
            skus = new[] { new { id = "1729300000000000000", inventory = new[] { new { warehouse_id = "1", quantity = 5 } } } },
        });

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/ProductSearchProductsResponse.json"), search);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/ProductGetProductDetailResponse.json"), detail);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/ProductGetInventoriesResponse.json"), inventory);
        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/ProductUpdateProductInventoryResponse.json"), update);
        Fixtures.AssertHas(search.GetProperty("data"), "next_page_token", "total_count", "products");
        Fixtures.AssertHas(product, "id", "title", "status", "skus", "create_time", "update_time");
        Fixtures.AssertHas(sku, "id", "seller_sku", "price", "inventory", "identifier_code");
        Fixtures.AssertHas(inventory.GetProperty("data").GetProperty("inventory")[0].GetProperty("skus")[0], "id", "seller_sku", "total_available_quantity", "warehouse_inventory");
    }

    [Fact]
    public async Task WebhookSubscriptionsMatchTheFixture()
    {
        var shop = await TestShop.CreateAsync(factory);
        await shop.SubscribeAsync("ORDER_STATUS_CHANGE");

        var reply = await shop.OkAsync(HttpMethod.Get, "/event/202309/webhooks");

        Fixtures.AssertSameShape(Fixtures.Json("TikTok/responses/EventGetWebhooksResponse.json"), reply);
        Assert.Equal(shop.WebhookAddress, reply.GetProperty("data").GetProperty("webhooks")[0].GetProperty("address").GetString());
        await shop.OkAsync(HttpMethod.Delete, "/event/202309/webhooks", body: new { event_type = "ORDER_STATUS_CHANGE" });
        Assert.Equal(0, (await shop.OkAsync(HttpMethod.Get, "/event/202309/webhooks")).GetProperty("data").GetProperty("total_count").GetInt32());
    }

    [Fact]
    public void TheShapeCheckCatchesAStringSentAsANumber()
    {
        var fixture = JsonDocument.Parse("{\"data\":{\"orders\":[{\"id\":\"1\"}]}}").RootElement;
        var wrong = JsonDocument.Parse("{\"data\":{\"orders\":[{\"id\":1}]}}").RootElement;

        Assert.ThrowsAny<Exception>(() => Fixtures.AssertSameShape(fixture, wrong));
    }
}
