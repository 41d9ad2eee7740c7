using System.Text.Json.Nodes;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokOrdersTests
{
    [Fact]
    public async Task TheOfficialOrderDetailSampleReadsWithEveryImportField()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/OrderBatchGetOrderDetailResponse.json"));

        var result = await host.Client.GetOrderDetailsAsync(["576461413038785752"]);

        Assert.True(result.IsSuccess, result.ToString());
        var order = Assert.Single(result.Data);
        Assert.Equal("576461413038785752", order.Id);
        Assert.Equal("UNPAID", order.Status);
        Assert.Equal(1619611561, order.CreateTime);
        Assert.Equal(1619621355, order.UpdateTime);
        Assert.Equal(1619611563, order.PaidTime);
        Assert.Equal(1678389618, order.CancelTime);
        Assert.Equal("Pricing error", order.CancelReason);
        Assert.Equal("SELLER", order.CancellationInitiator);
        Assert.False(order.IsOnHoldOrder);
        Assert.Equal("7091146663229654785", order.DeliveryOptionId);
        Assert.Equal("Express shipping", order.DeliveryOptionName);
        Assert.Equal("TIKTOK", order.ShippingType);
        Assert.Equal("FULFILLMENT_BY_SELLER", order.FulfillmentType);
        Assert.Equal("v2b2V5@chat.seller.tiktok.com", order.BuyerEmail);
        Assert.Equal("7021436810468230477", order.UserId);

        var line = Assert.Single(order.LineItems);
        Assert.Equal("577086512123755123", line.Id);
        Assert.Equal("2729382476852921560", line.SkuId);
        Assert.Equal("red_iphone_256", line.SellerSku);
        Assert.Equal("1729582718312380123", line.ProductId);
        Assert.Equal("Women's Winter Crochet Clothes", line.ProductName);
        Assert.Equal("Iphone", line.SkuName);
        Assert.Equal(0.01m, TikTokMoney.Parse(line.SalePrice));
        Assert.Equal(0.01m, TikTokMoney.Parse(line.OriginalPrice));
        Assert.Equal(0m, TikTokMoney.Parse(line.SellerDiscount));
        Assert.Equal(0m, TikTokMoney.Parse(line.PlatformDiscount));
        Assert.Equal("IDR", line.Currency);
        Assert.Equal("TO_SHIP", line.DisplayStatus);
        Assert.Equal("1153132168123859123", line.PackageId);
        Assert.Equal("Discount not as expected", line.CancelReason);
        Assert.Equal("BUYER", line.CancelUser);
        Assert.Equal(21.2m, TikTokMoney.Parse(Assert.Single(line.ItemTax).TaxAmount));

        var payment = order.Payment!;
        Assert.Equal("IDR", payment.Currency);
        Assert.Equal(5000m, TikTokMoney.Parse(payment.SubTotal));
        Assert.Equal(5000m, TikTokMoney.Parse(payment.ShippingFee));
        Assert.Equal(5000m, TikTokMoney.Parse(payment.TotalAmount));
        Assert.Equal(21.3m, TikTokMoney.Parse(payment.ProductTax));
        Assert.Equal(1.28m, TikTokMoney.Parse(payment.RetailDeliveryFee));
        Assert.Equal(5000m, TikTokMoney.Parse(payment.SellerDiscount));

        var address = order.RecipientAddress!;
        Assert.Equal("David Kong", address.Name);
        Assert.Equal("David", address.FirstName);
        Assert.Equal("Kong", address.LastName);
        Assert.Equal("(+1)213-***-1234", address.PhoneNumber);
        Assert.Equal("1199 Coleman Ave San Jose, CA 95110", address.FullAddress);
        Assert.Equal("Unit one building 8", address.AddressDetail);
        Assert.Equal("TikTok 5800 bristol Pkwy", address.AddressLine1);
        Assert.Equal("Suite 100", address.AddressLine2);
        Assert.Equal("95110", address.PostalCode);
        Assert.Equal("US", address.RegionCode);
        var country = Assert.Single(address.DistrictInfo);
        Assert.Equal(("L0", "Country", "United Kingdom"), (country.AddressLevel, country.AddressLevelName, country.AddressName));
        Assert.Equal("Front Door", address.DeliveryPreferences?.DropOffLocation);

        Assert.Equal("1152321127278713123", Assert.Single(order.Packages).Id);
        Assert.Equal("3213-31231412", order.Raw.GetProperty("cpf").GetString());
    }

    [Fact]
    public async Task EachUnitIsItsOwnLineItemSoQuantityIsTheCountPerSku()
    {
        var sample = JsonNode.Parse(Fixtures.Text("TikTok/responses/OrderBatchGetOrderDetailResponse.json"))!;
        var lines = sample["data"]!["orders"]![0]!["line_items"]!.AsArray();
        for (var unit = 2; unit <= 3; unit++)
        {
            var copy = lines[0]!.DeepClone();
            copy["id"] = $"57708651212375520{unit}";
            lines.Add(copy);
        }

        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(sample.ToJsonString());

        var order = Assert.Single((await host.Client.GetOrderDetailsAsync(["576461413038785752"])).Data!);

        Assert.Equal(3, order.LineItems.Select(l => l.Id).Distinct().Count());
        var perSku = Assert.Single(order.LineItems.GroupBy(l => l.SkuId));
        Assert.Equal(("2729382476852921560", 3), (perSku.Key, perSku.Count()));
        Assert.Equal(0.03m, perSku.Sum(l => TikTokMoney.Parse(l.SalePrice)));
    }

    [Fact]
    public async Task OrderDetailIsAskedInBatchesOfFifty()
    {
        using var host = new TikTokTestHost().WithToken();
        var ids = Enumerable.Range(0, 120).Select(i => (576461413038700000L + i).ToString()).ToList();
        foreach (var batch in ids.Chunk(50))
        {
            host.Http.ThenData($$"""{"orders":[{{string.Join(',', batch.Select(id => $$"""{"id":"{{id}}","status":"AWAITING_SHIPMENT"}"""))}}]}""");
        }

        var result = await host.Client.GetOrderDetailsAsync(ids);

        Assert.Equal(ids, result.Data!.Select(o => o.Id));
        Assert.Equal([50, 50, 20], host.Http.Requests.Select(r => r.Query["ids"].Split(',').Length));
    }

    [Fact]
    public async Task SearchFollowsThePageTokenToTheLastPage()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http
            .ThenData("""{"next_page_token":"page-2","total_count":5,"orders":[{"id":"1","status":"UNPAID"},{"id":"2","status":"UNPAID"}]}""")
            .ThenData("""{"next_page_token":"page-3","total_count":5,"orders":[{"id":"3","status":"UNPAID"},{"id":"4","status":"UNPAID"}]}""")
            .ThenData("""{"next_page_token":"","total_count":5,"orders":[{"id":"5","status":"CANCELLED"}]}""");

        var pages = new List<TikTokResult<TikTokOrderPage>>();
        await foreach (var page in host.Client.SearchAllOrdersAsync(new TikTokOrderSearchFilter { UpdateTimeGe = 1700000000 }, new TikTokOrderSearchOptions(PageSize: 2)))
        {
            pages.Add(page);
        }

        Assert.Equal(3, pages.Count);
        Assert.Equal(["1", "2", "3", "4", "5"], pages.SelectMany(p => p.Data!.Orders).Select(o => o.Id));
        Assert.Equal([null, "page-2", "page-3"], host.Http.Requests.Select(r => r.Query.GetValueOrDefault("page_token")));
        Assert.All(host.Http.Requests, r => Assert.Equal("2", r.Query["page_size"]));
    }

    [Fact]
    public async Task AFailedPageEndsTheSearchWithTheError()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http
            .ThenData("""{"next_page_token":"page-2","orders":[{"id":"1","status":"UNPAID"}]}""")
            .ThenError(System.Net.HttpStatusCode.OK, 36009004, "Invalid timestamp");

        var pages = new List<TikTokResult<TikTokOrderPage>>();
        await foreach (var page in host.Client.SearchAllOrdersAsync(new TikTokOrderSearchFilter()))
        {
            pages.Add(page);
        }

        Assert.Equal(2, pages.Count);
        Assert.Equal((TikTokErrorKind.Api, 36009004), (pages[1].Error!.Kind, pages[1].Error!.Code));
    }

    [Fact]
    public async Task APageTokenThatRepeatsStopsTheSearchInsteadOfLooping()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http
            .ThenData("""{"next_page_token":"same","orders":[{"id":"1","status":"UNPAID"}]}""")
            .ThenData("""{"next_page_token":"same","orders":[{"id":"1","status":"UNPAID"}]}""");

        var pages = new List<TikTokResult<TikTokOrderPage>>();
        await foreach (var page in host.Client.SearchAllOrdersAsync(new TikTokOrderSearchFilter()))
        {
            pages.Add(page);
        }

        Assert.Equal(TikTokErrorKind.InvalidResponse, pages[^1].Error?.Kind);
        Assert.Equal(2, host.Http.Requests.Count);
    }

    [Fact]
    public async Task TheOfficialSearchSampleReads()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/OrderSearchOrdersResponse.json"));

        var page = await host.Client.SearchOrdersAsync(new TikTokOrderSearchFilter());

        Assert.True(page.IsSuccess, page.ToString());
        Assert.False(page.Data.IsLast);
        Assert.NotEmpty(page.Data.Orders);
        Assert.All(page.Data.Orders, o => Assert.False(string.IsNullOrEmpty(o.Id)));
    }
}
