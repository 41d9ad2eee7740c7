using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Auth;

public class TikTokAuthTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    [Fact]
    public async Task TheConsentPageShowsTheShopAndScopes()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);

        var html = await shop.Http.GetStringAsync($"/sandbox/tiktok/services/open/authorize?service_id={shop.ServiceId}&state=abc");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(shop.ShopName), html);
        Assert.Contains("US", html);
        Assert.Contains("seller.order.info", html);
        Assert.Contains(">Authorize<", html);
        Assert.Contains(">Cancel<", html);
    }

    [Fact]
    public async Task AnUnknownServiceIdIsAClearErrorPage()
    {
        var response = await factory.CreateClient().GetAsync("/sandbox/tiktok/services/open/authorize?service_id=7000000000000000000&state=x");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("service id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AuthorizeRedirectsWithCodeAndState()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback?tenant=7");

        var location = await shop.ConsentAsync("authorize", "state-123");

        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("app.example.test", location.Host);
        Assert.Equal("7", query["tenant"]);
        Assert.Equal("state-123", query["state"]);
        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal(shop.AppKey, query["app_key"]);
    }

    [Fact]
    public async Task CancelRedirectsWithAnErrorAndState()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");

        var location = await shop.ConsentAsync("cancel", "state-9");

        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("state-9", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task TheRedirectUrlMustBeAbsoluteHttp()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);

        var response = await shop.Http.PutAsync($"{shop.Control}/redirect-url", TestShop.Json(new { redirect_url = "/relative" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("redirect_url", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACodeWorksOnceAndTokensAreShapedLikeTikToks()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");
        var code = await shop.NewCodeAsync();
        var query = new Dictionary<string, string> { ["app_key"] = shop.AppKey, ["app_secret"] = shop.AppSecret, ["auth_code"] = code, ["grant_type"] = "authorized_code" };
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var first = await shop.TokenAsync("/api/v2/token/get", query);
        var second = await shop.TokenAsync("/api/v2/token/get", query);

        Assert.Equal(0, first.GetProperty("code").GetInt32());
        var data = first.GetProperty("data");
        Assert.StartsWith("ROW_", data.GetProperty("access_token").GetString());
        var expires = data.GetProperty("access_token_expire_in").GetInt64();
        Assert.InRange(expires, before + 7 * 86400 - 5, before + 7 * 86400 + 5);
        Assert.Equal(0, data.GetProperty("user_type").GetInt32());
        Assert.Contains("seller.order.info", data.GetProperty("granted_scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(36004004, second.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task AWrongCodeOrSecretIsRejected()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");
        var code = await shop.NewCodeAsync();

        var wrongCode = await shop.TokenAsync("/api/v2/token/get", new() { ["app_key"] = shop.AppKey, ["app_secret"] = shop.AppSecret, ["auth_code"] = "nope", ["grant_type"] = "authorized_code" });
        var wrongSecret = await shop.TokenAsync("/api/v2/token/get", new() { ["app_key"] = shop.AppKey, ["app_secret"] = (shop.AppSecret[0] == '0' ? "1" : "0") + shop.AppSecret[1..], ["auth_code"] = code, ["grant_type"] = "authorized_code" });

        Assert.Equal(36004004, wrongCode.GetProperty("code").GetInt32());
        Assert.NotEqual(0, wrongSecret.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task ACodeExpiresAfterThirtyMinutes()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);
        await shop.SetRedirectAsync("https://app.example.test/callback");
        var code = await shop.NewCodeAsync();
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<Pipe17Portal.Sandbox.SandboxDbContext>();
            var stored = await db.TikTokAuthCodes.FindAsync(code);
            stored!.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            return await db.SaveChangesAsync();
        });

        var reply = await shop.TokenAsync("/api/v2/token/get", new() { ["app_key"] = shop.AppKey, ["app_secret"] = shop.AppSecret, ["auth_code"] = code, ["grant_type"] = "authorized_code" });

        Assert.Equal(36004004, reply.GetProperty("code").GetInt32());
        Assert.Contains("expired", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RefreshIssuesANewAccessTokenAndTheOldOneStopsWorking()
    {
        var shop = await TestShop.CreateAsync(factory);
        var oldToken = shop.AccessToken;

        var refreshed = await shop.TokenAsync("/api/v2/token/refresh", new() { ["app_key"] = shop.AppKey, ["app_secret"] = shop.AppSecret, ["refresh_token"] = shop.RefreshToken, ["grant_type"] = "refresh_token" });
        shop.UseTokens(refreshed.GetProperty("data"));

        Assert.NotEqual(oldToken, shop.AccessToken);
        var (oldStatus, oldReply) = await shop.SendAsync(HttpMethod.Get, "/authorization/202309/shops", options: new CallOptions { Token = oldToken });
        Assert.Equal(HttpStatusCode.Unauthorized, oldStatus);
        Assert.Equal(36009004, oldReply.GetProperty("code").GetInt32());
        await shop.OkAsync(HttpMethod.Get, "/authorization/202309/shops");
    }
}
