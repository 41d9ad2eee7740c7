using System.Net;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Http;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

public class SfccAddressGuardTests
{
    [Theory]
    [InlineData("https://zzte-053.dx.commercecloud.salesforce.com")]
    [InlineData("https://production-eu01-acme.demandware.net/")]
    [InlineData("https://commercecloud.salesforce.com")]
    [InlineData("https://account.demandware.com")]
    public void SalesforceHttpsHostsAreAccepted(string url) => Assert.Null(SfccAddressGuard.Validate(new Uri(url), isSandbox: false));

    [Theory]
    [InlineData("https://10.0.0.5", "IP addresses")]
    [InlineData("https://169.254.169.254/latest/meta-data", "IP addresses")]
    [InlineData("https://[::1]", "IP addresses")]
    [InlineData("https://localhost", "local addresses")]
    [InlineData("http://zzte-053.dx.commercecloud.salesforce.com", "https")]
    [InlineData("https://commercecloud.salesforce.com.evil.test", "only calls Salesforce")]
    [InlineData("https://evilcommercecloud.salesforce.com", "only calls Salesforce")]
    [InlineData("https://x.account.demandware.com.evil.test", "only calls Salesforce")]
    [InlineData("https://zzte-053.dx.commercecloud.salesforce.com:8443", "port 443")]
    [InlineData("https://user:pw@zzte-053.dx.commercecloud.salesforce.com", "user name")]
    public void OtherAddressesAreRefusedWithAReason(string url, string reason)
    {
        var problem = SfccAddressGuard.Validate(new Uri(url), isSandbox: false);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public async Task AProductionConnectionToALookAlikeHostSendsNothing()
    {
        var context = new SfccContext(Guid.NewGuid(),
            SfccEndpoints.Production(SfccTestHost.Credentials.ShortCode, new Uri("https://commercecloud.salesforce.com.evil.test")),
            SfccTestHost.Credentials, IsSandbox: false);
        using var host = new SfccTestHost(context);

        var result = await host.Client.Data.GetSiteAsync();

        Assert.Equal(SfccErrorKind.AddressRefused, result.Error?.Kind);
        Assert.Contains("commercecloud.salesforce.com.evil.test", result.Error?.Message);
        Assert.Empty(host.Http.Requests);
    }

    [Fact]
    public async Task AnIpLiteralInstanceIsRefusedBeforeTheTokenRequest()
    {
        var context = new SfccContext(Guid.NewGuid(), SfccEndpoints.Production("kv7kzm78", new Uri("https://127.0.0.1")), SfccTestHost.Credentials, IsSandbox: false);
        using var host = new SfccTestHost(context);

        var result = await host.Client.Tokens.GetBusinessManagerTokenAsync();

        Assert.Equal(SfccErrorKind.AddressRefused, result.Error?.Kind);
        Assert.Empty(host.Http.Requests);
    }

    [Fact]
    public async Task ARedirectToAnotherHostIsNotFollowed()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").Then(HttpStatusCode.Found, "", ("Location", "https://metadata.evil.test/orders/00001"));

        var result = await host.Client.Orders.GetAsync("00001");

        Assert.Equal(SfccErrorKind.AddressRefused, result.Error?.Kind);
        Assert.Contains("redirected", result.Error?.Message);
        Assert.Single(host.Http.ApiRequests);
    }

    [Fact]
    public async Task ARedirectOfAReadWithinSalesforceIsFollowed()
    {
        using var host = new SfccTestHost();
        host.Http
            .ThenToken("am-1")
            .Then(HttpStatusCode.TemporaryRedirect, "", ("Location", "https://kv7kzm78.api.commercecloud.salesforce.com/checkout/orders/v1/organizations/f_ecom_zzte_053/orders/00001?siteId=RefArch&x=1"))
            .ThenOk("""{"orderNo":"00001"}""");

        var result = await host.Client.Orders.GetAsync("00001");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, host.Http.ApiRequests.Count);
    }

    [Fact]
    public async Task ASandboxConnectionCallsOnlyThePortalsSandbox()
    {
        var sandbox = new SfccContext(Guid.NewGuid(), SfccEndpoints.Sandbox(new Uri("http://localhost:5080/")), SfccTestHost.Credentials, IsSandbox: true);
        using var host = new SfccTestHost(sandbox);
        host.Http.ThenToken("bm-1").ThenOk("""{"id":"RefArch"}""");

        var site = await host.Client.Data.GetSiteAsync();

        Assert.True(site.IsSuccess, site.ToString());
        Assert.Equal("http://localhost:5080/sandbox/sfcc/instance/dw/oauth2/access_token?client_id=ocapi-client-id", host.Http.TokenRequests[0].Uri.ToString());
        Assert.Equal("http://localhost:5080/sandbox/sfcc/instance/s/-/dw/data/v25_6/sites/RefArch", host.Http.ApiRequests[0].Uri.ToString());

        var elsewhere = sandbox with { Endpoints = sandbox.Endpoints with { OcapiBaseUrl = new Uri("http://10.0.0.5/sandbox/sfcc/instance") } };
        var refused = await host.ClientFor(elsewhere).Data.GetSiteAsync();
        Assert.Equal(SfccErrorKind.AddressRefused, refused.Error?.Kind);
        Assert.Equal(2, host.Http.Requests.Count);
    }

    [Fact]
    public void AKnownPortalAddressPinsSandboxConnections()
    {
        var portal = new Uri("http://localhost:5080/");
        var sandbox = new SfccContext(Guid.NewGuid(), SfccEndpoints.Sandbox(new Uri("http://internal.test/")), SfccTestHost.Credentials, IsSandbox: true);

        Assert.Null(SfccAddressGuard.Check(new Uri("http://localhost:5080/sandbox/sfcc/scapi/product/products/v1/x"), sandbox, portal));
        Assert.NotNull(SfccAddressGuard.Check(new Uri("http://internal.test/sandbox/sfcc/scapi/product/products/v1/x"), sandbox, portal));
        Assert.NotNull(SfccAddressGuard.Check(new Uri("http://localhost:5080/api/v1/connections"), sandbox, portal));
        Assert.NotNull(SfccAddressGuard.Check(new Uri("http://localhost:5080/sandbox/sfcc/../../api/v1"), sandbox, portal));
    }

    [Theory]
    [InlineData(SfccHttpClients.Api)]
    [InlineData(SfccHttpClients.Auth)]
    public void ThePortalsHttpClientsDoNotFollowRedirectsThemselves(string name)
    {
        var services = new ServiceCollection().AddLogging().AddSfccApi().BuildServiceProvider();
        HttpMessageHandler? handler = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler;
        }

        var allowsRedirects = handler switch
        {
            SocketsHttpHandler sockets => sockets.AllowAutoRedirect,
            HttpClientHandler client => client.AllowAutoRedirect,
            _ => throw new InvalidOperationException($"Unexpected primary handler {handler?.GetType()}"),
        };
        Assert.False(allowsRedirects);
    }

    [Theory]
    [InlineData("evil.test/")]
    [InlineData("kv7kzm78.evil")]
    [InlineData("")]
    public void AShortCodeThatIsNotLettersAndDigitsIsRefused(string shortCode)
    {
        Assert.NotNull(SfccAddressGuard.ValidateShortCode(shortCode));
        Assert.Throws<ArgumentException>(() => SfccEndpoints.Production(shortCode, SfccTestHost.OcapiUrl));
    }

    [Fact]
    public void ProductionEndpointsUseTheShortCodeAndTheInstanceHost()
    {
        var endpoints = SfccEndpoints.Production("KV7KZM78", new Uri("https://zzte-053.dx.commercecloud.salesforce.com/on/demandware.store/"));

        Assert.Equal("https://account.demandware.com/", endpoints.AccountManagerBaseUrl.ToString());
        Assert.Equal("https://kv7kzm78.api.commercecloud.salesforce.com/", endpoints.ScapiBaseUrl.ToString());
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/", endpoints.OcapiBaseUrl.ToString());
    }
}
