using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>OCAPI Shop manual price adjustments as an agent: totals, the order made from the basket, and the refusals.</summary>
public class SfccPriceAdjustmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sku = "TEE-CLASSIC-BLK-M"; // 24.00

    private static void AssertFault(Reply reply, HttpStatusCode status, string type)
    {
        Assert.True(reply.Status == status, reply.ToString());
        Assert.Equal(type, reply.Body.GetProperty("fault").GetProperty("type").GetString());
    }

    private static async Task<Reply> BasketAsync(TestInstance sfcc, string token, int quantity = 2)
    {
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new
        {
            customer_info = new { customer_no = "00001001" },
            billing_address = TestInstance.Address,
            shipments = new[] { new { shipment_id = "me", shipping_method = new { id = "001" }, shipping_address = TestInstance.Address } },
            product_items = new[] { new { product_id = Sku, quantity } },
        }, token);
        Assert.True(basket.Status == HttpStatusCode.OK, basket.ToString());
        return basket;
    }

    private static Task<Reply> AdjustAsync(TestInstance sfcc, string token, string basketId, object body) =>
        sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets/{basketId}/price_adjustments", body, token);

    private static decimal Number(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    [Fact]
    public async Task FixedPricesOnAnItemAndOnShippingChangeTheTotalsExactlyAndTheOrderKeepsThem()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await BasketAsync(sfcc, token);
        var id = basket.Text("basket_id");
        var itemId = basket.Body.GetProperty("product_items")[0].GetProperty("item_id").GetString();
        var shippingItem = basket.Body.GetProperty("shipping_items")[0];
        Assert.Equal(48.00m, Number(basket.Body, "product_total"));
        Assert.Equal(5.99m, Number(basket.Body, "shipping_total"));
        Assert.Equal(5.99m, Number(shippingItem, "price"));

        var item = await AdjustAsync(sfcc, token, id, new
        {
            level = "product", item_id = itemId, discount = new { type = "fixed_price", value = 19.00 }, reason_code = "TIKTOK_PRICE", item_text = "TikTok Shop price", c_tiktokDiscount = "seller",
        });
        var shipping = await AdjustAsync(sfcc, token, id, new { level = "shipping", item_id = shippingItem.GetProperty("item_id").GetString(), discount = new { type = "fixed_price", value = 0 } });

        Assert.True(item.Status == HttpStatusCode.OK, item.ToString());
        var line = item.Body.GetProperty("product_items")[0];
        Assert.Equal(48.00m, Number(line, "price"));
        Assert.Equal(38.00m, Number(line, "price_after_item_discount"));
        var adjustment = line.GetProperty("price_adjustments")[0];
        Assert.Equal(-10.00m, Number(adjustment, "price"));
        Assert.Equal("fixed_price", adjustment.GetProperty("applied_discount").GetProperty("type").GetString());
        Assert.Equal(19.00m, Number(adjustment.GetProperty("applied_discount"), "amount"));
        Assert.Equal("dw.manual1", adjustment.GetProperty("promotion_id").GetString());
        Assert.Equal("TIKTOK_PRICE", adjustment.GetProperty("reason_code").GetString());
        Assert.Equal("seller", adjustment.GetProperty("c_tiktokDiscount").GetString());
        Assert.True(adjustment.GetProperty("manual").GetBoolean());
        Assert.Equal(sfcc.BmUser, adjustment.GetProperty("created_by").GetString());
        Assert.Equal(38.00m, Number(item.Body, "product_sub_total"));
        Assert.Equal(38.00m, Number(item.Body, "product_total"));
        Assert.Equal(43.99m, Number(item.Body, "order_total"));

        Assert.True(shipping.Status == HttpStatusCode.OK, shipping.ToString());
        Assert.Equal(0m, Number(shipping.Body, "shipping_total"));
        Assert.Equal(0m, Number(shipping.Body.GetProperty("shipping_items")[0], "price_after_item_discount"));
        Assert.Equal(-5.99m, Number(shipping.Body.GetProperty("shipping_items")[0].GetProperty("price_adjustments")[0], "price"));
        Assert.Equal("dw.manual2", shipping.Body.GetProperty("shipping_items")[0].GetProperty("price_adjustments")[0].GetProperty("promotion_id").GetString());
        Assert.Equal(0m, Number(shipping.Body.GetProperty("shipments")[0], "shipping_total"));
        Assert.Equal(38.00m, Number(shipping.Body, "order_total"));

        // Payment covering the adjusted total places the order.
        var paid = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets/{id}/payment_instruments", new { payment_method_id = "CREDIT_CARD", amount = 38.00 }, token);
        Assert.Equal(38.00m, Number(paid.Body.GetProperty("payment_instruments")[0], "amount"));
        var order = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT900", new { basket_id = id }, token);
        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/TT900", token: token);

        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        Assert.Equal("new", order.Text("status"));
        foreach (var doc in new[] { order.Body, read.Body })
        {
            Assert.Equal(38.00m, Number(doc, "product_total"));
            Assert.Equal(0m, Number(doc, "shipping_total"));
            Assert.Equal(38.00m, Number(doc, "order_total"));
            Assert.Equal(38.00m, Number(doc.GetProperty("product_items")[0], "price_after_item_discount"));
            Assert.Equal(-10.00m, Number(doc.GetProperty("product_items")[0].GetProperty("price_adjustments")[0], "price"));
            Assert.Equal(-5.99m, Number(doc.GetProperty("shipping_items")[0].GetProperty("price_adjustments")[0], "price"));
            Assert.Equal("Ground", doc.GetProperty("shipments")[0].GetProperty("shipping_method").GetProperty("name").GetString());
        }
        var listed = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/orders"));
        Assert.Equal(38.00m, Number(listed.Body[0], "order_total"));
    }

    [Fact]
    public async Task AmountPercentageAndOrderLevelAdjustmentsAreProratedAndCanBeRemoved()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await BasketAsync(sfcc, token);
        var id = basket.Text("basket_id");
        var itemId = basket.Body.GetProperty("product_items")[0].GetProperty("item_id").GetString();

        var amount = await AdjustAsync(sfcc, token, id, new { level = "product", item_id = itemId, discount = new { type = "amount", value = 2 } });
        var percent = await AdjustAsync(sfcc, token, id, new { level = "order", discount = new { type = "percentage", value = 10 }, promotion_id = "TT-VOUCHER" });
        var shippingByShipment = await AdjustAsync(sfcc, token, id, new { level = "shipping", item_id = "me", discount = new { type = "amount", value = 1 } });

        Assert.Equal(44.00m, Number(amount.Body.GetProperty("product_items")[0], "price_after_item_discount")); // 2 off each of 2 units
        Assert.True(percent.Status == HttpStatusCode.OK, percent.ToString());
        Assert.Equal(44.00m, Number(percent.Body, "product_sub_total"));
        Assert.Equal(39.60m, Number(percent.Body, "product_total"));
        Assert.Equal(-4.40m, Number(percent.Body.GetProperty("order_price_adjustments")[0], "price"));
        Assert.Equal(39.60m, Number(percent.Body.GetProperty("product_items")[0], "price_after_order_discount"));
        Assert.Equal(4.99m, Number(shippingByShipment.Body, "shipping_total"));
        Assert.Equal(44.59m, Number(shippingByShipment.Body, "order_total"));

        var orderAdjustment = shippingByShipment.Body.GetProperty("order_price_adjustments")[0].GetProperty("price_adjustment_id").GetString();
        var removed = await sfcc.OcapiAsync(HttpMethod.Delete, $"{sfcc.Shop}/baskets/{id}/price_adjustments/{orderAdjustment}", token: token);
        var unknown = await sfcc.OcapiAsync(HttpMethod.Delete, $"{sfcc.Shop}/baskets/{id}/price_adjustments/{orderAdjustment}", token: token);

        Assert.True(removed.Status == HttpStatusCode.OK, removed.ToString());
        Assert.False(removed.Body.TryGetProperty("order_price_adjustments", out _));
        Assert.Equal(44.00m, Number(removed.Body, "product_total"));
        Assert.Equal(48.99m, Number(removed.Body, "order_total"));
        AssertFault(unknown, HttpStatusCode.NotFound, "PriceAdjustmentNotFoundException");
    }

    [Fact]
    public async Task RefusalsNameTheCause()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await BasketAsync(sfcc, token);
        var id = basket.Text("basket_id");
        var itemId = basket.Body.GetProperty("product_items")[0].GetProperty("item_id").GetString();

        var orderFixed = await AdjustAsync(sfcc, token, id, new { level = "order", discount = new { type = "fixed_price", value = 10 } });
        var unknownItem = await AdjustAsync(sfcc, token, id, new { level = "product", item_id = "nope", discount = new { type = "amount", value = 1 } });
        var unknownShipping = await AdjustAsync(sfcc, token, id, new { level = "shipping", item_id = "nope", discount = new { type = "amount", value = 1 } });
        var noItem = await AdjustAsync(sfcc, token, id, new { level = "product", discount = new { type = "amount", value = 1 } });
        var badLevel = await AdjustAsync(sfcc, token, id, new { level = "line", discount = new { type = "amount", value = 1 } });
        var badType = await AdjustAsync(sfcc, token, id, new { level = "order", discount = new { type = "free", value = 1 } });
        var negative = await AdjustAsync(sfcc, token, id, new { level = "order", discount = new { type = "amount", value = -1 } });
        var noDiscount = await AdjustAsync(sfcc, token, id, new { level = "order" });
        var unknownProperty = await AdjustAsync(sfcc, token, id, new { level = "order", discount = new { type = "amount", value = 1 }, price = 3 });
        var first = await AdjustAsync(sfcc, token, id, new { level = "product", item_id = itemId, discount = new { type = "fixed_price", value = 20 }, promotion_id = "P1" });
        var secondFixed = await AdjustAsync(sfcc, token, id, new { level = "product", item_id = itemId, discount = new { type = "fixed_price", value = 18 } });
        var samePromotion = await AdjustAsync(sfcc, token, id, new { level = "order", discount = new { type = "amount", value = 1 }, promotion_id = "P1" });
        var noBasket = await AdjustAsync(sfcc, token, "nope", new { level = "order", discount = new { type = "amount", value = 1 } });

        AssertFault(orderFixed, HttpStatusCode.BadRequest, "InvalidPriceAdjustmentException");
        AssertFault(unknownItem, HttpStatusCode.NotFound, "ProductItemNotFoundException");
        AssertFault(unknownShipping, HttpStatusCode.NotFound, "ShippingItemNotFoundException");
        AssertFault(noItem, HttpStatusCode.BadRequest, "MissingPropertyException");
        AssertFault(badLevel, HttpStatusCode.BadRequest, "PropertyConstraintViolationException");
        AssertFault(badType, HttpStatusCode.BadRequest, "PropertyConstraintViolationException");
        AssertFault(negative, HttpStatusCode.BadRequest, "PropertyConstraintViolationException");
        AssertFault(noDiscount, HttpStatusCode.BadRequest, "MissingPropertyException");
        AssertFault(unknownProperty, HttpStatusCode.BadRequest, "UnknownPropertyException");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        AssertFault(secondFixed, HttpStatusCode.BadRequest, "InvalidPriceAdjustmentException");
        AssertFault(samePromotion, HttpStatusCode.BadRequest, "InvalidPriceAdjustmentException");
        AssertFault(noBasket, HttpStatusCode.NotFound, "BasketNotFoundException");
        var after = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/{id}", token: token);
        Assert.Single(after.Body.GetProperty("product_items")[0].GetProperty("price_adjustments").EnumerateArray());
        Assert.Equal(40.00m, Number(after.Body, "product_total"));
    }

    [Fact]
    public async Task AClientTokenWithoutABusinessManagerUserIsRefused()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var agent = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await BasketAsync(sfcc, agent);
        var id = basket.Text("basket_id");
        var adjusted = await AdjustAsync(sfcc, agent, id, new { level = "order", discount = new { type = "amount", value = 5 } });
        var client = (await sfcc.AmTokenAsync(sfcc.OcapiClientId, sfcc.OcapiSecret, null)).Text("access_token");

        var refused = await AdjustAsync(sfcc, client, id, new { level = "order", discount = new { type = "amount", value = 1 } });
        var removal = await sfcc.OcapiAsync(HttpMethod.Delete,
            $"{sfcc.Shop}/baskets/{id}/price_adjustments/{adjusted.Body.GetProperty("order_price_adjustments")[0].GetProperty("price_adjustment_id").GetString()}", token: client);
        var readable = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/{id}", token: client);

        AssertFault(refused, HttpStatusCode.Forbidden, "AccessWithoutUserForbiddenException");
        AssertFault(removal, HttpStatusCode.Forbidden, "AccessWithoutUserForbiddenException");
        Assert.Equal(HttpStatusCode.OK, readable.Status);
        Assert.Single(readable.Body.GetProperty("order_price_adjustments").EnumerateArray());
        Assert.Equal(43.00m, Number(readable.Body, "product_total"));
    }
}
