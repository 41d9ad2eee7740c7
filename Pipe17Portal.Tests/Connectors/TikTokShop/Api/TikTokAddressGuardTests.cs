using Pipe17Portal.Connectors.TikTokShop.Api;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokAddressGuardTests
{
    private static readonly Uri Sandbox = new("http://localhost:5080/");

    [Theory]
    [InlineData("https://open-api.tiktokglobalshop.com/order/202309/orders/search")]
    [InlineData("https://auth.tiktok-shops.com/api/v2/token/get")]
    [InlineData("http://localhost:5080/sandbox/tiktok/open-api/order/202309/orders/search")]
    [InlineData("http://localhost:5080/sandbox/tiktok/auth/api/v2/token/refresh")]
    public void TikTokHostsAndThePortalsOwnSandboxAreAllowed(string url) => Assert.Null(TikTokAddressGuard.Check(new Uri(url), Sandbox));

    [Theory]
    [InlineData("http://169.254.169.254/sandbox/tiktok/open-api/x")]
    [InlineData("http://localhost:6379/sandbox/tiktok/auth")]
    [InlineData("http://localhost:5080/internal/admin")]
    [InlineData("http://open-api.tiktokglobalshop.com/order")]
    [InlineData("https://open-api.tiktokglobalshop.com:8443/order")]
    [InlineData("https://open-api.tiktokglobalshop.com.evil.test/order")]
    [InlineData("https://user:pw@open-api.tiktokglobalshop.com/order")]
    [InlineData("https://10.0.0.5/order")]
    public void OtherAddressesAreRefusedNamingTheAddress(string url)
    {
        var problem = TikTokAddressGuard.Check(new Uri(url), Sandbox);

        Assert.NotNull(problem);
        Assert.Contains(new Uri(url).Host, problem);
        Assert.Contains("refused", problem);
    }

    [Fact]
    public void WithoutASandboxOnlyTikTokHostsAreAllowed() =>
        Assert.NotNull(TikTokAddressGuard.Check(new Uri("http://localhost:5080/sandbox/tiktok/open-api/x"), sandboxBase: null));
}
