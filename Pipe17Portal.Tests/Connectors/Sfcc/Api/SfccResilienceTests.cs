using System.Net;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

public class SfccResilienceTests
{
    private const string Basket = """{"_v":"23.2","_type":"basket","basket_id":"bcEkMiaaiE8Ukaaad1mt3yGMkM","currency":"USD"}""";

    [Fact]
    public async Task LoadSheddingIsRetriedEvenForACreatingPost()
    {
        using var host = new SfccTestHost();
        host.Http
            .ThenToken("bm-1")
            .Then(HttpStatusCode.ServiceUnavailable, "", ("sfdc_load", "93"), ("sfdc_load_status", "THROTTLE"), ("Retry-After", "1"))
            .ThenOk(Basket);

        var result = await host.Client.Shop.CreateBasketAsync(new OcapiBasketRequest { CustomerInfo = new OcapiCustomerInfo { CustomerNo = "00001", Email = "b@example.com" } });

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("bcEkMiaaiE8Ukaaad1mt3yGMkM", result.Data.BasketId);
        Assert.Equal(2, host.Http.ApiRequests.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), host.Clock.TimerDueTimes);
        Assert.All(host.Http.ApiRequests, r => Assert.Equal("""{"customer_info":{"customer_no":"00001","email":"b@example.com"}}""", r.Body));
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/baskets", host.Http.ApiRequests[0].Uri.ToString());
    }

    [Fact]
    public async Task AServerErrorOnAReadIsRetried()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").Then(HttpStatusCode.ServiceUnavailable, "down", ("Retry-After", "0")).ThenOk("""{"orderNo":"00001","status":"new"}""");

        var result = await host.Client.Orders.GetAsync("00001");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.ApiRequests.Count);
    }

    [Fact]
    public async Task AServerErrorOnCreatingAnOrderIsNotRetried()
    {
        using var host = new SfccTestHost();
        host.Http
            .ThenToken("bm-1")
            .Then(HttpStatusCode.InternalServerError, """{"_v":"23.2","fault":{"type":"InternalServerError","message":"An internal error occurred."}}""")
            .ThenOk("""{"order_no":"00001"}""");

        var result = await host.Client.Shop.CreateOrderAsync("bcEkMiaaiE8Ukaaad1mt3yGMkM");

        Assert.Single(host.Http.ApiRequests);
        Assert.Equal(SfccErrorKind.Transient, result.Error?.Kind);
        Assert.Equal(500, result.Error?.HttpStatus);
        Assert.Equal(SfccShopClient.CreateOrderEndpoint, result.Error?.Endpoint);
    }

    [Fact]
    public async Task AServerErrorOnAnOrderPutIsNotRetried()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.BadGateway, "bad gateway").ThenOk("""{"order_no":"00001"}""");

        var result = await host.Client.Shop.PutOrderAsync(new OcapiOrder { OrderNo = "TT1" });

        Assert.Single(host.Http.ApiRequests);
        Assert.Equal(SfccErrorKind.Transient, result.Error?.Kind);
    }

    [Fact]
    public async Task ARateLimitedCreatingPostIsRetriedBecauseNothingWasDone()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.TooManyRequests, "", ("Retry-After", "0")).ThenOk("""{"order_no":"00001"}""");

        var result = await host.Client.Shop.CreateOrderAsync("b1");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.ApiRequests.Count);
    }

    [Fact]
    public async Task StillSheddingLoadAfterTheRetriesIsRateLimited()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1");
        for (var i = 0; i < 4; i++)
        {
            host.Http.Then(HttpStatusCode.ServiceUnavailable, "", ("sfdc_load_status", "THROTTLE"), ("Retry-After", "0"));
        }

        var result = await host.Client.Orders.GetAsync("00001");

        Assert.Equal(4, host.Http.ApiRequests.Count);
        Assert.Equal(SfccErrorKind.RateLimited, result.Error?.Kind);
    }
}
