using System.Net;
using Pipe17Portal.Connectors.TikTokShop.Api;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokInvalidResponseTests
{
    [Fact]
    public async Task AnOrderWithoutIdIsAnInvalidResponseNamingTheEndpointAndField()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"orders":[{"id":"1","status":"UNPAID"},{"status":"UNPAID","line_items":[]}]}""");

        var result = await host.Client.GetOrderDetailsAsync(["1", "2"]);

        Assert.Equal(TikTokErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Equal(TikTokShopClient.GetOrderDetailEndpoint, result.Error?.Endpoint);
        Assert.Contains("GET /order/202309/orders", result.Error?.Message);
        Assert.Contains("'data.orders[1].id'", result.Error?.Message);
    }

    [Fact]
    public async Task ASearchPageSetsAsideAnUnreadableOrderWithAnIdAndKeepsTheOthers()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"next_page_token":"","orders":[{"id":"1","status":"UNPAID"},{"id":"2","status":null},{"id":"3","status":"UNPAID","line_items":5}]}""");

        var page = await host.Client.SearchOrdersAsync(new Pipe17Portal.Connectors.TikTokShop.Api.Orders.TikTokOrderSearchFilter());

        Assert.True(page.IsSuccess, page.Error?.Message);
        Assert.Equal(["1"], page.Data.Orders.Select(o => o.Id));
        Assert.Equal(["2", "3"], page.Data.Rejected.Select(r => r.Id));
        Assert.Contains("'data.orders[1].status'", page.Data.Rejected[0].Problem);
        Assert.Contains("\"line_items\":5", page.Data.Rejected[1].RawJson);
    }

    [Fact]
    public async Task MalformedJsonIsAnInvalidResponse()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk("""{"code":0,"data":{"warehouses":[""");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Equal(TikTokShopClient.GetWarehousesEndpoint, result.Error?.Endpoint);
    }

    [Fact]
    public async Task SuccessWithoutDataIsAnInvalidResponse()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk("""{"code":0,"message":"Success","request_id":"r1"}""");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Contains("'data'", result.Error?.Message);
        Assert.Equal("r1", result.Error?.RequestId);
    }

    [Fact]
    public async Task AWrongTypeIsAnInvalidResponseNamingWhere()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"warehouses":[{"id":7000714532876273410}]}""");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Contains("data.warehouses[0].id", result.Error?.Message);
    }

    [Fact]
    public async Task AMissingRequiredFieldOutsideOrdersIsNamedToo()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"shipping_providers":[{"name":"USPS"}]}""");

        var result = await host.Client.GetShippingProvidersAsync("7091146663229654785");

        Assert.Equal(TikTokErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Contains("'id'", result.Error?.Message);
    }

    [Fact]
    public async Task ABusinessErrorKeepsTikTokCodeMessageAndRequestId()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenError(HttpStatusCode.OK, 105005, "Access denied: scope missing");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(new TikTokError(TikTokShopClient.GetWarehousesEndpoint, 105005, "Access denied: scope missing", "20240101000000BBBB", 200, TikTokErrorKind.Api), result.Error);
    }

    [Fact]
    public async Task AnHtmlGatewayPageIsATransientErrorNotACrash()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.Then(HttpStatusCode.BadGateway, "<html>502</html>").Then(HttpStatusCode.BadGateway, "<html>502</html>", ("Retry-After", "0"))
            .Then(HttpStatusCode.BadGateway, "<html>502</html>", ("Retry-After", "0")).Then(HttpStatusCode.BadGateway, "<html>502</html>", ("Retry-After", "0"));

        var result = await host.Client.ShipPackageAsync("1", new() { HandoverMethod = "DROP_OFF" });

        Assert.Equal((TikTokErrorKind.Transient, 502), (result.Error!.Kind, result.Error.HttpStatus));
    }

    [Fact]
    public async Task AnUnreachableHostIsANetworkErrorAndAWriteIsNotRetried()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenThrow(new HttpRequestException("Connection refused")).ThenOk("""{"code":0,"data":{}}""");

        var result = await host.Client.ShipPackageAsync("1", new() { HandoverMethod = "DROP_OFF" });

        Assert.Equal(TikTokErrorKind.Network, result.Error?.Kind);
        Assert.Equal(TikTokShopClient.ShipPackageEndpoint, result.Error?.Endpoint);
        Assert.Contains("Connection refused", result.Error?.Message);
        Assert.Single(host.Http.Requests);
    }
}
