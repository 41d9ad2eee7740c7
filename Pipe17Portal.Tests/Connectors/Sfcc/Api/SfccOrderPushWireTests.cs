using System.Net;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

/// <summary>What the order push's calls send on the wire, how their answers read back, and which failures are retried.</summary>
public class SfccOrderPushWireTests
{
    [Fact]
    public async Task AnOrderWithANumberIsAPutOfTheBasketIdAndAGatewayTimeoutIsNotRetried()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1")
            .Then(HttpStatusCode.GatewayTimeout, """{"_v":"23.2","fault":{"type":"GatewayTimeoutException","message":"The request timed out."}}""")
            .ThenOk("""{"order_no":"TT123"}""");

        var result = await host.Client.Shop.CreateOrderWithNumberAsync("TT123", "bcEkMiaaiE8Ukaaad1mt3yGMkM");

        var sent = Assert.Single(host.Http.ApiRequests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/orders/TT123", sent.Uri.ToString());
        Assert.Equal("""{"basket_id":"bcEkMiaaiE8Ukaaad1mt3yGMkM"}""", sent.Body);
        Assert.Equal(SfccErrorKind.Transient, result.Error?.Kind);
        Assert.Equal(504, result.Error?.HttpStatus);
        Assert.Equal(SfccShopClient.CreateOrderWithNumberEndpoint, result.Error?.Endpoint);
    }

    [Fact]
    public async Task AnOrderPutRefusedUpFrontIsRetried()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.TooManyRequests, "", ("Retry-After", "0")).ThenOk("""{"order_no":"TT123","status":"new"}""");

        var result = await host.Client.Shop.CreateOrderWithNumberAsync("TT123", "b1");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.ApiRequests.Count);
    }

    [Theory]
    [InlineData("PUT", "https://x.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/orders/TT123", false)]
    [InlineData("PUT", "http://localhost/sandbox/sfcc/instance/s/Site/dw/shop/v23_2/orders/TT123", false)]
    [InlineData("PUT", "https://x.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/orders", false)]
    [InlineData("POST", "https://x.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/baskets/b1/price_adjustments", false)]
    [InlineData("POST", "https://x.dx.commercecloud.salesforce.com/s/-/dw/data/v25_6/customer_lists/RefArch/customers", false)]
    [InlineData("DELETE", "https://x.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/baskets/b1/price_adjustments/p1", true)]
    [InlineData("PUT", "https://x.dx.commercecloud.salesforce.com/s/-/dw/data/v25_6/sites/RefArch/orders/TT123/status", true)]
    [InlineData("PUT", "https://kv7kzm78.api.commercecloud.salesforce.com/checkout/orders/v1/organizations/f_ecom_zzte_053/orders/TT123/status", true)]
    [InlineData("POST", "https://x.dx.commercecloud.salesforce.com/s/-/dw/data/v25_6/customer_lists/RefArch/customer_search", true)]
    public void OnlyRequestsThatCannotHaveCreatedSomethingAreIdempotent(string method, string url, bool idempotent)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        Assert.Equal(idempotent, SfccRetry.IsIdempotent(request));
    }

    [Fact]
    public async Task APriceAdjustmentIsSentInSnakeCaseAndAServerErrorIsNotRetried()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.InternalServerError, "oops").ThenOk("""{"basket_id":"b1"}""");

        var result = await host.Client.Shop.AddPriceAdjustmentAsync("b1",
            new OcapiPriceAdjustmentRequest(OcapiPriceAdjustmentLevels.Product, "item-1", new OcapiDiscount(OcapiDiscountTypes.FixedPrice, 19.00m), "TT-PRICE", "TIKTOK", "TikTok price"));

        var sent = Assert.Single(host.Http.ApiRequests);
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/baskets/b1/price_adjustments", sent.Uri.ToString());
        Assert.Equal("""{"level":"product","item_id":"item-1","discount":{"type":"fixed_price","value":19.00},"promotion_id":"TT-PRICE","reason_code":"TIKTOK","item_text":"TikTok price"}""", sent.Body);
        Assert.Equal(SfccErrorKind.Transient, result.Error?.Kind);
        Assert.Equal(SfccShopClient.AddPriceAdjustmentEndpoint, result.Error?.Endpoint);
    }

    [Fact]
    public async Task AnOrderLevelAdjustmentLeavesOutTheItemAndRemovalIsADelete()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").ThenOk("""{"basket_id":"b1"}""").ThenOk("""{"basket_id":"b1"}""");

        await host.Client.Shop.AddPriceAdjustmentAsync("b1", new OcapiPriceAdjustmentRequest(OcapiPriceAdjustmentLevels.Order, null, new OcapiDiscount(OcapiDiscountTypes.Percentage, 5m)));
        await host.Client.Shop.RemovePriceAdjustmentAsync("b1", "pa 1");

        Assert.Equal("""{"level":"order","discount":{"type":"percentage","value":5}}""", host.Http.ApiRequests[0].Body);
        Assert.Equal(HttpMethod.Delete, host.Http.ApiRequests[1].Method);
        Assert.Equal("/s/RefArch/dw/shop/v23_2/baskets/b1/price_adjustments/pa%201", host.Http.ApiRequests[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task ACustomerIsCreatedWithCredentialsAndCompanyInTheSiteList()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").ThenOk("""
            {"_v":"25.6","_type":"customer","company_name":"Acme","credentials":{"_type":"credentials","enabled":true,"locked":false,"login":"acme"},"customer_no":"00001004","email":"a@acme.example","last_name":"Acme"}
            """);

        var result = await host.Client.Data.CreateCustomerAsync(new OcapiCustomerCreate
        {
            Credentials = new OcapiCustomerCredentials { Login = "acme" },
            LastName = "Acme",
            Email = "a@acme.example",
            CompanyName = "Acme",
        });

        var sent = Assert.Single(host.Http.ApiRequests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/s/-/dw/data/v25_6/customer_lists/RefArch/customers", sent.Uri.ToString());
        Assert.Equal("""{"credentials":{"login":"acme"},"last_name":"Acme","email":"a@acme.example","company_name":"Acme"}""", sent.Body);
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("00001004", result.Data.CustomerNo);
        Assert.Equal("Acme", result.Data.CompanyName);
    }

    [Fact]
    public async Task AnOrderReadsBackTotalsAdjustmentsAndTheShippingMethod()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").ThenOk("""
            {"_v":"23.2","_type":"order","order_no":"TT1","status":"new","product_sub_total":38.00,"product_total":36.00,"shipping_total":0.00,"order_total":36.00,
             "order_price_adjustments":[{"_type":"price_adjustment","price_adjustment_id":"o1","promotion_id":"VOUCHER","price":-2.00,"applied_discount":{"_type":"discount","type":"amount","amount":2.00},"manual":true}],
             "product_items":[{"item_id":"i1","product_id":"SKU-1","quantity":2,"price":48.00,"price_after_item_discount":38.00,"price_after_order_discount":36.00,
               "price_adjustments":[{"price_adjustment_id":"p1","promotion_id":"dw.manual1","price":-10.00,"applied_discount":{"type":"fixed_price","amount":19.00}}]}],
             "shipping_items":[{"item_id":"s1","shipment_id":"me","price":5.99,"price_after_item_discount":0.00,
               "price_adjustments":[{"price_adjustment_id":"s-1","price":-5.99,"applied_discount":{"type":"fixed_price","amount":0}}]}],
             "shipments":[{"shipment_id":"me","shipping_method":{"_type":"shipping_method","id":"001","name":"Ground","price":5.99},"shipping_total":0.00,"product_total":36.00}]}
            """);

        var order = (await host.Client.Shop.GetOrderAsync("TT1")).Data!;

        Assert.Equal(38.00m, order.ProductSubTotal);
        Assert.Equal(36.00m, order.ProductTotal);
        Assert.Equal(36.00m, order.AdjustedMerchandizeTotal);
        Assert.Equal(0m, order.ShippingTotal);
        Assert.Equal(["p1", "s-1", "o1"], order.PriceAdjustments.Select(a => a.PriceAdjustmentId!));
        Assert.Equal(36.00m, order.ProductItems![0].PriceAfterOrderDiscount);
        Assert.Equal(19.00m, order.ProductItems[0].PriceAdjustments![0].AppliedDiscount?.Amount);
        Assert.Equal("s1", order.ShippingItems![0].ItemId);
        Assert.Equal("001", order.Shipments![0].ShippingMethod?.Id);
        Assert.Equal("Ground", order.Shipments[0].ShippingMethod?.Name);
        Assert.Equal(5.99m, order.Shipments[0].ShippingMethod?.Price);
    }

    [Fact]
    public async Task SettingAShippingMethodStillSendsOnlyItsId()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").ThenOk("""{"basket_id":"b1"}""");

        await host.Client.Shop.SetShippingMethodAsync("b1", "me", "001");

        Assert.Equal("""{"id":"001"}""", host.Http.ApiRequests[0].Body);
    }
}
