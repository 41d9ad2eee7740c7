using System.Security.Cryptography;
using System.Text;
using Pipe17Portal.Connectors.TikTokShop.Api.Signing;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokSignatureTests
{
    [Fact]
    public void SignsTheOfficialDocumentVectorV1()
    {
        var sign = TikTokSignature.Compute("e59af819cc", "/authorization/202309/shops",
            [new("app_key", "29a39d"), new("timestamp", "1623812664")]);

        Assert.Equal("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", sign);
    }

    [Fact]
    public void SignsThePhpClientVectorV2()
    {
        var sign = TikTokSignature.Compute("app_secret", "/test-api", [new("foo", "bar")]);

        Assert.Equal("d3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f", sign);
    }

    [Fact]
    public void SortsKeysOrdinallySoUpperCaseComesBeforeLowerCase()
    {
        var sign = TikTokSignature.Compute("k", "/p", [new("b", "2"), new("a", "1"), new("Z", "0")]);

        Assert.Equal(Hmac("k", "k/pZ0a1b2k"), sign);
    }

    [Fact]
    public void LeavesSignAndAccessTokenOutOfTheSignature()
    {
        var plain = TikTokSignature.Compute("k", "/p", [new("app_key", "x")]);
        var withExcluded = TikTokSignature.Compute("k", "/p", [new("app_key", "x"), new("sign", "old"), new("access_token", "tok")]);

        Assert.Equal(plain, withExcluded);
        Assert.Equal(Hmac("k", "k/papp_keyxk"), plain);
    }

    [Fact]
    public void LeavesEmptyValuesOutOfTheSignature()
    {
        var sign = TikTokSignature.Compute("k", "/p", [new("app_key", "x"), new("page_token", "")]);

        Assert.Equal(Hmac("k", "k/papp_keyxk"), sign);
    }

    [Fact]
    public void AppendsTheBodyBytesAfterTheParameters()
    {
        var body = """{"order_status":"AWAITING_SHIPMENT","note":"café"}""";

        var sign = TikTokSignature.Compute("k", "/order/202309/orders/search", [new("page_size", "10")], Encoding.UTF8.GetBytes(body));

        Assert.Equal(Hmac("k", "k/order/202309/orders/searchpage_size10" + body + "k"), sign);
    }

    [Fact]
    public void ParsesRepeatedArrayParametersCommaJoinedAndDropsEmptyOnes()
    {
        var query = TikTokQuery.Parse("?ids=1&ids=2&page_token=&x=a%2Cb");

        Assert.Equal([new("ids", "1,2"), new("x", "a,b")], query);
        Assert.Equal("ids=1,2&x=a,b", TikTokQuery.Format(query));
    }

    [Theory]
    [InlineData("https://open-api.tiktokglobalshop.com", "https://open-api.tiktokglobalshop.com/order/202309/orders/search", "/order/202309/orders/search")]
    [InlineData("http://localhost:5080/sandbox/tiktok/open-api", "http://localhost:5080/sandbox/tiktok/open-api/order/202309/orders/search", "/order/202309/orders/search")]
    [InlineData("http://localhost:5080/sandbox/tiktok/open-api/", "http://localhost:5080/sandbox/tiktok/open-api/authorization/202309/shops", "/authorization/202309/shops")]
    public void SignsTheApiPathWithoutTheBaseUrlsOwnPath(string baseUrl, string requestUrl, string expected) =>
        Assert.Equal(expected, TikTokSigningHandler.ApiPath(new Uri(requestUrl), new Uri(baseUrl)));

    [Theory]
    [InlineData("/order/202309/orders", true)]
    [InlineData("/event/202309/webhooks", true)]
    [InlineData("/authorization/202309/shops", false)]
    [InlineData("/seller/202309/shops", false)]
    public void ShopCipherIsForbiddenOnAuthorizationAndSellerPaths(string path, bool takesCipher) =>
        Assert.Equal(takesCipher, TikTokSigningHandler.TakesShopCipher(path));

    private static string Hmac(string secret, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));
}
