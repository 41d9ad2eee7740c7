using System.Text.Json;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

public class SfccPagingTests
{
    [Fact]
    public async Task ProductSearchPagesToTheEnd()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Page(0, 200, 450)).ThenOk(Page(200, 200, 450)).ThenOk(Page(400, 50, 450));

        var pages = new List<ScapiProductSearchResult>();
        await foreach (var page in host.Client.Products.SearchAllAsync())
        {
            Assert.True(page.IsSuccess, page.ToString());
            pages.Add(page.Data);
        }

        Assert.Equal(450, pages.Sum(p => p.Hits.Count));
        var bodies = host.Http.ApiRequests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal([0, 200, 400], bodies.Select(b => b.GetProperty("offset").GetInt32()));
        Assert.All(bodies, b => Assert.Equal(200, b.GetProperty("limit").GetInt32()));
        Assert.All(bodies, b => Assert.Equal(JsonValueKind.Object, b.GetProperty("query").GetProperty("matchAllQuery").ValueKind));
        Assert.All(host.Http.ApiRequests, r => Assert.Equal(
            "https://kv7kzm78.api.commercecloud.salesforce.com/product/products/v1/organizations/f_ecom_zzte_053/product-search?siteId=RefArch", r.Uri.ToString()));
    }

    [Fact]
    public async Task ProductSearchLimitIsCappedAt200()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Page(0, 0, 0));

        await host.Client.Products.SearchAsync(ScapiQuery.MatchAll, limit: 1000);

        Assert.Equal(200, JsonDocument.Parse(host.Http.ApiRequests[0].Body).RootElement.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task AFailedPageEndsTheSearch()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Page(0, 200, 450)).Then(System.Net.HttpStatusCode.BadRequest,
            """{"title":"Bad Request","type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/bad-request","detail":"Offset too large."}""");

        var results = new List<SfccResult<ScapiProductSearchResult>>();
        await foreach (var page in host.Client.Products.SearchAllAsync())
        {
            results.Add(page);
        }

        Assert.Equal(2, results.Count);
        Assert.Equal("bad-request", results[1].Error?.ProblemType);
    }

    [Fact]
    public async Task OrdersArePagedUntilAShortPage()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Orders(2, 0)).ThenOk(Orders(1, 2));

        var orders = new List<ScapiOrder>();
        await foreach (var page in host.Client.Orders.ListAllAsync(new ScapiOrderQuery { Status = "new", ShippingStatus = "not_shipped", Limit = 2 }))
        {
            orders.AddRange(page.Data!.Data);
        }

        Assert.Equal(["o0", "o1", "o2"], orders.Select(o => o.OrderNo));
        Assert.Equal(2, host.Http.ApiRequests.Count);
        var query = host.Http.ApiRequests[1].Query;
        Assert.Equal("RefArch", query["siteId"]);
        Assert.Equal("new", query["status"]);
        Assert.Equal("not_shipped", query["shippingStatus"]);
        Assert.Equal("2", query["offset"]);
        Assert.Equal("2", query["limit"]);
    }

    private static string Page(int offset, int count, int total) => JsonSerializer.Serialize(new
    {
        limit = 200,
        offset,
        total,
        hits = Enumerable.Range(offset, count).Select(i => new { id = $"p{i:D4}", name = new { @default = $"Product {i}" } }),
    });

    private static string Orders(int count, int first) => JsonSerializer.Serialize(new
    {
        limit = 2,
        offset = first,
        data = Enumerable.Range(first, count).Select(i => new { orderNo = $"o{i}", status = "new" }),
    });
}
