using System.Net;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokResilienceTests
{
    private const string RateLimited = """{"code":36009002,"message":"Too many requests. You've made too many requests in a short period of time.","request_id":"r429"}""";

    [Fact]
    public async Task ARateLimitedReadIsRetriedAfterTheRetryAfterDelay()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http
            .Then(HttpStatusCode.TooManyRequests, RateLimited, ("Retry-After", "1"))
            .ThenData("""{"warehouses":[]}""");

        var result = await host.Client.GetWarehousesAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), host.Clock.TimerDueTimes);
        Assert.All(host.Http.Requests, r => Assert.Single(r.Query, p => p.Key == "sign"));
    }

    [Fact]
    public async Task ARateLimitedShipIsRetriedBecauseTikTokRefusedItBeforeDoingAnything()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http
            .Then(HttpStatusCode.TooManyRequests, RateLimited, ("Retry-After", "1"))
            .ThenOk("""{"code":0,"message":"Success","request_id":"r1","data":{}}""");

        var result = await host.Client.ShipPackageAsync("1152321127278713123", Ship());

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.Requests.Count);
    }

    [Fact]
    public async Task AServerErrorOnShipIsNotRetried()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.Then(HttpStatusCode.InternalServerError, "upstream error").ThenOk("""{"code":0,"data":{}}""");

        var result = await host.Client.ShipPackageAsync("1152321127278713123", Ship());

        Assert.Single(host.Http.Requests);
        Assert.Equal(TikTokErrorKind.Transient, result.Error?.Kind);
        Assert.Equal(500, result.Error?.HttpStatus);
        Assert.Equal(TikTokShopClient.ShipPackageEndpoint, result.Error?.Endpoint);
    }

    [Fact]
    public async Task AServerErrorOnAnInventoryUpdateIsNotRetried()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.Then(HttpStatusCode.BadGateway, "bad gateway").ThenOk("""{"code":0,"data":{}}""");

        var result = await host.Client.UpdateInventoryAsync("1729592969712207008",
            new TikTokInventoryUpdateRequest([new TikTokSkuInventory("1729592969712207013", [new TikTokInventoryQuantity(5)])]));

        Assert.Single(host.Http.Requests);
        Assert.Equal(TikTokErrorKind.Transient, result.Error?.Kind);
    }

    [Fact]
    public async Task AServerErrorOnAReadIsRetried()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.Then(HttpStatusCode.ServiceUnavailable, "down", ("Retry-After", "0")).ThenData("""{"warehouses":[]}""");

        var result = await host.Client.GetWarehousesAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.Requests.Count);
    }

    [Fact]
    public async Task StillRateLimitedAfterTheRetriesIsARateLimitedError()
    {
        using var host = new TikTokTestHost().WithToken();
        for (var i = 0; i < 4; i++)
        {
            host.Http.Then(HttpStatusCode.TooManyRequests, RateLimited, ("Retry-After", "0"));
        }

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(4, host.Http.Requests.Count);
        Assert.Equal(TikTokErrorKind.RateLimited, result.Error?.Kind);
        Assert.Equal(36009002, result.Error?.Code);
        Assert.Equal("r429", result.Error?.RequestId);
    }

    private static TikTokShipPackageRequest Ship() => new()
    {
        HandoverMethod = "DROP_OFF",
        SelfShipment = new TikTokSelfShipment("JX12345", "6617675021119438849"),
    };
}
