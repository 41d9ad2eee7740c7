using System.Net;
using System.Text.RegularExpressions;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Gateway;

public class TikTokGatewayTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    private const string Orders = "/order/202309/orders";
    private const string Shops = "/authorization/202309/shops";

    [Fact]
    public async Task AnUnknownPathIs36009009()
    {
        var shop = await TestShop.CreateAsync(factory);

        await AssertError(shop.SendAsync(HttpMethod.Get, "/order/202309/orders/576461413038785752"), HttpStatusCode.NotFound, 36009009);
    }

    [Fact]
    public async Task AWrongMethodIs36009010()
    {
        var shop = await TestShop.CreateAsync(factory);

        await AssertError(shop.SendAsync(HttpMethod.Get, "/order/202309/orders/search", new() { ["page_size"] = "5" }), HttpStatusCode.MethodNotAllowed, 36009010);
    }

    [Fact]
    public async Task AnUnknownAppKeyIs36009004()
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { AppKey = "nosuchappkey00" }), HttpStatusCode.Unauthorized, 36009004);
        Assert.Contains("app_key", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AMissingSignIs36009004()
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { OmitSign = true }), HttpStatusCode.Unauthorized, 36009004);
        Assert.Contains("sign", reply.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(60)]
    public async Task ATimestampOutsideTheWindowIs36009004(int offsetSeconds)
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds }), HttpStatusCode.Unauthorized, 36009004);
        Assert.Contains("timestamp", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ATimestampFourMinutesOldIsStillAccepted()
    {
        var shop = await TestShop.CreateAsync(factory);

        var (status, _) = await shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 240 });

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task AWrongSignIs106001()
    {
        var shop = await TestShop.CreateAsync(factory);

        await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Sign = new string('0', 64) }), HttpStatusCode.Unauthorized, 106001);
    }

    [Fact]
    public async Task AnUnknownTokenIs36009004()
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Token = "ROW_not-a-token" }), HttpStatusCode.Unauthorized, 36009004);
        Assert.Contains("access_token", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnotherShopsTokenIsRejected()
    {
        var shop = await TestShop.CreateAsync(factory);
        var other = await TestShop.CreateAsync(factory);

        await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Token = other.AccessToken }), HttpStatusCode.Unauthorized, 36009004);
    }

    [Fact]
    public async Task AnExpiredTokenIs105002()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");
        Assert.Equal(HttpStatusCode.OK, (await shop.Http.PutAsync($"{shop.Control}/token-lifetime", TestShop.Json(new { access_token_seconds = 1 }))).StatusCode);
        await shop.AuthorizeAsync();
        await Task.Delay(1200);

        await AssertError(shop.SendAsync(HttpMethod.Get, Shops), HttpStatusCode.Unauthorized, 105002);
    }

    [Fact]
    public async Task AMissingCipherOnAShopApiIs106013()
    {
        var shop = await TestShop.CreateAsync(factory);

        await AssertError(shop.SendAsync(HttpMethod.Get, Orders, new() { ["ids"] = "1" }, options: new CallOptions { OmitCipher = true }), HttpStatusCode.BadRequest, 106013);
    }

    [Fact]
    public async Task ACipherOnTheAuthorizationApiIs36009004UnexpectedIdentifier()
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Cipher = shop.ShopCipher }), HttpStatusCode.BadRequest, 36009004);
        Assert.Contains("Unexpected identifier", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnotherShopsCipherIs101000()
    {
        var shop = await TestShop.CreateAsync(factory);
        var other = await TestShop.CreateAsync(factory, authorize: false);

        await AssertError(shop.SendAsync(HttpMethod.Get, Orders, new() { ["ids"] = "1" }, options: new CallOptions { Cipher = other.ShopCipher }), HttpStatusCode.Unauthorized, 101000);
    }

    [Fact]
    public async Task AScopeTheSellerDidNotGrantIs105005()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");
        Assert.Equal(HttpStatusCode.OK, (await shop.Http.PutAsync($"{shop.Control}/scopes", TestShop.Json(new { granted_scopes = new[] { "seller.authorization.info" } }))).StatusCode);
        await shop.AuthorizeAsync();

        await AssertError(shop.SendAsync(HttpMethod.Get, Orders, new() { ["ids"] = "1" }), HttpStatusCode.Forbidden, 105005);
    }

    [Fact]
    public async Task CallsBeyondTheRateLimitAre429With36009002()
    {
        var shop = await TestShop.CreateAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await shop.Http.PutAsync($"{shop.Control}/rate-limit", TestShop.Json(new { requests_per_second = 1 }))).StatusCode);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await shop.CallAsync(HttpMethod.Get, Shops));
        }

        var limited = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited);
        Assert.Contains("36009002", await limited.Content.ReadAsStringAsync());
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task EveryReplyCarriesARequestIdOfADateAndHex()
    {
        var shop = await TestShop.CreateAsync(factory);

        var (_, ok) = await shop.SendAsync(HttpMethod.Get, Shops);
        var (_, error) = await shop.SendAsync(HttpMethod.Get, "/nope/202309/x");

        foreach (var reply in new[] { ok, error })
        {
            Assert.Matches(new Regex("^20[0-9]{12}[0-9A-F]{20}$"), reply.GetProperty("request_id").GetString());
        }
    }

    [Fact]
    public async Task InjectedFaultsAnswerAfterTheSignatureCheck()
    {
        var shop = await TestShop.CreateAsync(factory);
        var put = await shop.Http.PutAsync($"/sandbox/_control/accounts/{shop.AccountId}/faults", TestShop.Json(new { system = "tiktok", rate = 1.0, kinds = new[] { "503" }, latency_ms = 0 }));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        await AssertError(shop.SendAsync(HttpMethod.Get, Shops, options: new CallOptions { Sign = new string('0', 64) }), HttpStatusCode.Unauthorized, 106001);
        await AssertError(shop.SendAsync(HttpMethod.Get, Shops), HttpStatusCode.ServiceUnavailable, 36009003);

        await shop.Http.PutAsync($"/sandbox/_control/accounts/{shop.AccountId}/faults", TestShop.Json(new { system = "tiktok", rate = 1.0, kinds = new[] { "expired_token" } }));
        await AssertError(shop.SendAsync(HttpMethod.Get, Shops), HttpStatusCode.Unauthorized, 105002);
    }

    [Fact]
    public async Task AnUnknownFaultKindIsAClearError()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);

        var response = await shop.Http.PutAsync($"/sandbox/_control/accounts/{shop.AccountId}/faults", TestShop.Json(new { system = "tiktok", rate = 0.5, kinds = new[] { "404" } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kinds", await response.Content.ReadAsStringAsync());
    }

    private static async Task<System.Text.Json.JsonElement> AssertError(Task<(HttpStatusCode Status, System.Text.Json.JsonElement Reply)> call, HttpStatusCode status, int code)
    {
        var (actualStatus, reply) = await call;
        Assert.True(actualStatus == status && reply.GetProperty("code").GetInt32() == code, $"Expected HTTP {(int)status} code {code}, got HTTP {(int)actualStatus}: {reply}");
        Assert.False(reply.TryGetProperty("data", out _));
        return reply;
    }
}
