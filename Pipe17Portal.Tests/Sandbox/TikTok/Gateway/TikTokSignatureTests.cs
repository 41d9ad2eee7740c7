using System.Net;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Gateway;

public class TikTokSignatureTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    [Fact]
    public void TheTestSignerReproducesTheBriefsVectorV1()
    {
        var sign = TestSigner.Sign("e59af819cc", "/authorization/202309/shops", new Dictionary<string, string> { ["app_key"] = "29a39d", ["timestamp"] = "1623812664" });

        Assert.Equal("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", sign);
    }

    [Fact]
    public void TheTestSignerReproducesTheBriefsVectorV2()
    {
        var sign = TestSigner.Sign("app_secret", "/test-api", new Dictionary<string, string> { ["foo"] = "bar" });

        Assert.Equal("d3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f", sign);
    }

    [Fact]
    public void SignIgnoresSignAccessTokenAndEmptyValuesButNotOrder()
    {
        var plain = TestSigner.Sign("s", "/p", new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });
        var withExtras = TestSigner.Sign("s", "/p", new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["sign"] = "x", ["access_token"] = "t", ["empty"] = "" });

        Assert.Equal(plain, withExtras);
        Assert.NotEqual(plain, TestSigner.Sign("s", "/p", new Dictionary<string, string> { ["a"] = "2", ["b"] = "1" }));
    }

    [Fact]
    public async Task AValidlySignedCallPassesTheGateway()
    {
        var shop = await TestShop.CreateAsync(factory);

        var reply = await shop.OkAsync(HttpMethod.Get, "/authorization/202309/shops");

        Assert.Equal(shop.ShopCipher, reply.GetProperty("data").GetProperty("shops")[0].GetProperty("cipher").GetString());
    }

    [Fact]
    public async Task APostIsSignedOverItsExactBodyAndArrayQueryValues()
    {
        var shop = await TestShop.CreateAsync(factory);
        var ids = await shop.CreateOrdersAsync(new { count = 2 });

        await shop.OkAsync(HttpMethod.Get, "/order/202309/orders", new() { ["ids"] = string.Join(",", ids) });
        var (status, reply) = await shop.SendAsync(HttpMethod.Post, "/order/202309/orders/search", new() { ["page_size"] = "10" }, "{\"order_status\": \"AWAITING_SHIPMENT\"}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, reply.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task OneFlippedCharacterInTheSignIsRejected()
    {
        var shop = await TestShop.CreateAsync(factory);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var good = TestSigner.Sign(shop.AppSecret, "/authorization/202309/shops", new Dictionary<string, string> { ["app_key"] = shop.AppKey, ["timestamp"] = timestamp.ToString() });
        var flipped = good[..5] + (good[5] == 'a' ? 'b' : 'a') + good[6..];
        var (goodStatus, _) = await shop.SendAsync(HttpMethod.Get, "/authorization/202309/shops", options: new CallOptions { Timestamp = timestamp, Sign = good });

        var (status, reply) = await shop.SendAsync(HttpMethod.Get, "/authorization/202309/shops", options: new CallOptions { Timestamp = timestamp, Sign = flipped });

        Assert.Equal(HttpStatusCode.OK, goodStatus);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(106001, reply.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task ASignOverTheSandboxPrefixedPathIsRejected()
    {
        var shop = await TestShop.CreateAsync(factory);

        var (status, reply) = await shop.SendAsync(HttpMethod.Get, "/authorization/202309/shops", options: new CallOptions { SignedPath = TestShop.OpenApi + "/authorization/202309/shops" });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(106001, reply.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task ABodyChangedAfterSigningIsRejected()
    {
        var shop = await TestShop.CreateAsync(factory);
        var signedFor = "{\"order_status\":\"UNPAID\"}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var sign = TestSigner.Sign(shop.AppSecret, "/order/202309/orders/search",
            new Dictionary<string, string> { ["app_key"] = shop.AppKey, ["timestamp"] = timestamp.ToString(), ["shop_cipher"] = shop.ShopCipher, ["page_size"] = "5" }, signedFor);

        var (status, reply) = await shop.SendAsync(HttpMethod.Post, "/order/202309/orders/search", new() { ["page_size"] = "5" }, "{\"order_status\": \"UNPAID\"}",
            new CallOptions { Timestamp = timestamp, Sign = sign });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(106001, reply.GetProperty("code").GetInt32());
    }
}
