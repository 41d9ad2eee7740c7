using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

/// <summary>What actually goes on the wire, checked against a signature recomputed here from the spec.</summary>
public class TikTokSigningHandlerTests
{
    private static readonly string Timestamp = TikTokTestHost.Now.ToUnixTimeSeconds().ToString();

    [Fact]
    public async Task AGetWithAnArrayParameterSendsAndSignsItCommaJoined()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"orders":[]}""");

        await host.Client.GetOrderDetailsAsync(["576461413038785752", "576461413038785753", "576461413038785754"]);

        var sent = Assert.Single(host.Http.Requests);
        Assert.Contains("ids=576461413038785752,576461413038785753,576461413038785754", sent.Uri.Query);
        Assert.Equal(
            Hmac($"/order/202309/ordersapp_key{TikTokTestHost.App.AppKey}ids576461413038785752,576461413038785753,576461413038785754shop_cipher{TikTokTestHost.ShopCipher}timestamp{Timestamp}"),
            sent.Query["sign"]);
        Assert.Equal(10, sent.Query["timestamp"].Length);
        Assert.Equal("access-1", sent.AccessToken);
        Assert.Equal("application/json", sent.ContentType);
    }

    [Fact]
    public async Task APostSignsTheExactBodyItSends()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"orders":[],"total_count":0}""");

        await host.Client.SearchOrdersAsync(
            new TikTokOrderSearchFilter { OrderStatus = "AWAITING_SHIPMENT", UpdateTimeGe = 1623812664 },
            new TikTokOrderSearchOptions(PageSize: 20, SortField: "update_time", SortOrder: "ASC"));

        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal("""{"order_status":"AWAITING_SHIPMENT","update_time_ge":1623812664}""", sent.Body);
        Assert.Equal("application/json", sent.ContentType);
        Assert.False(sent.Query.ContainsKey("page_token"));
        Assert.Equal(
            Hmac($"/order/202309/orders/searchapp_key{TikTokTestHost.App.AppKey}page_size20shop_cipher{TikTokTestHost.ShopCipher}sort_fieldupdate_timesort_orderASCtimestamp{Timestamp}" + sent.Body),
            sent.Query["sign"]);
    }

    [Fact]
    public async Task ASandboxBaseUrlWithAPathSignsTheRealApiPath()
    {
        var sandbox = TikTokEndpoints.Sandbox(new Uri("http://localhost:5080/"));
        using var host = new TikTokTestHost(sandbox).WithToken();
        host.Http.ThenData("""{"orders":[]}""");

        await host.Client.SearchOrdersAsync(new TikTokOrderSearchFilter());

        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal("/sandbox/tiktok/open-api/order/202309/orders/search", sent.Uri.AbsolutePath);
        Assert.Equal(
            Hmac($"/order/202309/orders/searchapp_key{TikTokTestHost.App.AppKey}page_size50shop_cipher{TikTokTestHost.ShopCipher}timestamp{Timestamp}{{}}"),
            sent.Query["sign"]);
    }

    [Fact]
    public async Task AuthorizedShopsAreSignedWithoutTheShopCipher()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/AuthorizationGetShopsResponse.json"));

        var shops = await host.Client.GetAuthorizedShopsAsync();

        var sent = Assert.Single(host.Http.Requests);
        Assert.False(sent.Query.ContainsKey("shop_cipher"));
        Assert.Equal(["app_key", "sign", "timestamp"], sent.Query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Hmac($"/authorization/202309/shopsapp_key{TikTokTestHost.App.AppKey}timestamp{Timestamp}"), sent.Query["sign"]);
        Assert.True(shops.IsSuccess, shops.ToString());
        Assert.Equal("GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3", Assert.Single(shops.Data).Cipher);
    }

    [Fact]
    public async Task ShopScopedCallsCarryTheShopCipher()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/EventGetWebhooksResponse.json"));

        var webhooks = await host.Client.GetWebhooksAsync();

        Assert.Equal(TikTokTestHost.ShopCipher, Assert.Single(host.Http.Requests).Query["shop_cipher"]);
        Assert.Equal("ORDER_STATUS_CHANGE", Assert.Single(webhooks.Data!).EventType);
    }

    [Fact]
    public async Task AnEmptyPageTokenIsDroppedFromTheUrlAndTheSignature()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"orders":[]}""");

        await host.Client.SearchOrdersAsync(new TikTokOrderSearchFilter(), pageToken: "");

        var sent = Assert.Single(host.Http.Requests);
        Assert.DoesNotContain("page_token", sent.Uri.Query);
        Assert.Equal(
            Hmac($"/order/202309/orders/searchapp_key{TikTokTestHost.App.AppKey}page_size50shop_cipher{TikTokTestHost.ShopCipher}timestamp{Timestamp}{{}}"),
            sent.Query["sign"]);
    }

    [Fact]
    public async Task APageTokenWithReservedCharactersIsSignedDecodedAndSentEncoded()
    {
        const string token = "6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA+7D1ud64MPNz5OaT";
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"orders":[]}""");

        await host.Client.SearchOrdersAsync(new TikTokOrderSearchFilter(), pageToken: token);

        var sent = Assert.Single(host.Http.Requests);
        Assert.Contains("page_token=6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq%2FN5M1kHYcZmtRyv9aVrNv65W7Q6tFA%2B7D1ud64MPNz5OaT", sent.Uri.Query);
        Assert.Equal(
            Hmac($"/order/202309/orders/searchapp_key{TikTokTestHost.App.AppKey}page_size50page_token{token}shop_cipher{TikTokTestHost.ShopCipher}timestamp{Timestamp}{{}}"),
            sent.Query["sign"]);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://localhost:5080/")]
    public void TheSandboxEndpointsSitUnderThePortalAddress(string portal)
    {
        var sandbox = TikTokEndpoints.Sandbox(new Uri(portal));

        Assert.Equal("http://localhost:5080/sandbox/tiktok/open-api", sandbox.OpenApiBaseUrl.AbsoluteUri);
        Assert.Equal("http://localhost:5080/sandbox/tiktok/auth", sandbox.AuthBaseUrl.AbsoluteUri);
        Assert.Equal("http://localhost:5080/sandbox/tiktok/services/open/authorize", sandbox.AuthorizeUrl.AbsoluteUri);
    }

    [Fact]
    public async Task TheWebhookDeleteSendsItsBodyAndSignsIt()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk("""{"code":0,"message":"Success","request_id":"r1"}""");

        var deleted = await host.Client.DeleteWebhookAsync("ORDER_STATUS_CHANGE");

        var sent = Assert.Single(host.Http.Requests);
        Assert.True(deleted.IsSuccess, deleted.ToString());
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal("ORDER_STATUS_CHANGE", JsonDocument.Parse(sent.Body).RootElement.GetProperty("event_type").GetString());
        Assert.Equal(
            Hmac($"/event/202309/webhooksapp_key{TikTokTestHost.App.AppKey}shop_cipher{TikTokTestHost.ShopCipher}timestamp{Timestamp}" + sent.Body),
            sent.Query["sign"]);
    }

    private static string Hmac(string signed)
    {
        var secret = TikTokTestHost.App.AppSecret;
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(secret + signed + secret)));
    }
}
