using System.Net;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokAuthClientTests
{
    [Fact]
    public async Task AnAuthCodeBecomesTokensWithAbsoluteExpiryTimes()
    {
        using var host = new TikTokTestHost();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/AuthGetTokenResponse.json"));

        var result = await host.Auth.GetTokenAsync(TikTokEndpoints.Production, TikTokTestHost.App, "code-123", CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.StartsWith("ROW_Fw8rBwAAAAAk", result.Data.AccessToken);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1660556783), result.Data.AccessTokenExpiresAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1691487031), result.Data.RefreshTokenExpiresAt);
        Assert.Equal(("7010736057180325637", "Jjj test shop", "ID"), (result.Data.OpenId, result.Data.SellerName, result.Data.SellerBaseRegion));
        Assert.Empty(result.Data.GrantedScopes);

        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal("https://auth.tiktok-shops.com/api/v2/token/get", sent.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal(("code-123", "authorized_code", TikTokTestHost.App.AppKey), (sent.Query["auth_code"], sent.Query["grant_type"], sent.Query["app_key"]));
        Assert.Null(sent.AccessToken);
    }

    [Fact]
    public async Task AUsedAuthCodeIsAnApiErrorAndIsNotRetried()
    {
        using var host = new TikTokTestHost();
        host.Http.ThenError(HttpStatusCode.OK, 36004004, "auth code is invalid");

        var result = await host.Auth.GetTokenAsync(TikTokEndpoints.Production, TikTokTestHost.App, "used", CancellationToken.None);

        Assert.Equal((TikTokErrorKind.Api, 36004004), (result.Error!.Kind, result.Error.Code));
        Assert.Equal(TikTokAuthClient.GetTokenEndpoint, result.Error.Endpoint);
        Assert.Single(host.Http.Requests);
    }

    [Fact]
    public async Task TheSandboxAuthHostKeepsItsPathPrefix()
    {
        using var host = new TikTokTestHost();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/AuthRefreshTokenResponse.json"));

        await host.Auth.RefreshAsync(TikTokEndpoints.Sandbox(new Uri("http://localhost:5080")), TikTokTestHost.App, "r", CancellationToken.None);

        Assert.Equal("http://localhost:5080/sandbox/tiktok/auth/api/v2/token/refresh", Assert.Single(host.Http.Requests).Uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void TheAuthorizeUrlCarriesServiceIdAndState()
    {
        var url = TikTokAuthClient.BuildAuthorizeUrl(TikTokEndpoints.Production, "7321", "a b&c");

        Assert.Equal("https://services.tiktokshop.com/open/authorize?service_id=7321&state=a%20b%26c", url.AbsoluteUri);
    }
}
