using System.Net;
using System.Text;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

public class SfccTokenTests
{
    private const string Product = """{"id":"701643632930","name":{"default":"Shirt"}}""";

    [Fact]
    public async Task ASecondCallReusesTheCachedToken()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Product).ThenOk(Product);

        var first = await host.Client.Products.GetAsync("701643632930");
        var second = await host.Client.Products.GetAsync("701643632930");

        Assert.True(first.IsSuccess, first.ToString());
        Assert.True(second.IsSuccess, second.ToString());
        Assert.Single(host.Http.TokenRequests);
        Assert.All(host.Http.ApiRequests, r => Assert.Equal("Bearer am-1", r.Authorization));
    }

    [Fact]
    public async Task AnExpiringTokenIsReplacedBeforeTheCall()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1", expiresIn: 1800).ThenOk(Product).ThenToken("am-2").ThenOk(Product);

        await host.Client.Products.GetAsync("701643632930");
        host.Clock.Now += TimeSpan.FromSeconds(1800) - SfccTokenService.RefreshAhead + TimeSpan.FromSeconds(1);
        var later = await host.Client.Products.GetAsync("701643632930");

        Assert.True(later.IsSuccess, later.ToString());
        Assert.Equal(2, host.Http.TokenRequests.Count);
        Assert.Equal("Bearer am-2", host.Http.ApiRequests[^1].Authorization);
    }

    [Fact]
    public async Task A401IsRetriedOnceWithAFreshToken()
    {
        using var host = new SfccTestHost();
        host.Http
            .ThenToken("am-1")
            .Then(HttpStatusCode.Unauthorized, """{"title":"Invalid Access Token","type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/invalid-access-token","detail":"The request is unauthorized, the access token is invalid."}""")
            .ThenToken("am-2")
            .ThenOk(Product);

        var result = await host.Client.Products.GetAsync("701643632930");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["Bearer am-1", "Bearer am-2"], host.Http.ApiRequests.Select(r => r.Authorization));
        Assert.Equal(2, host.Http.TokenRequests.Count);
    }

    [Fact]
    public async Task A401WithTheFreshTokenTooIsAnAuthenticationErrorAfterOneRetry()
    {
        using var host = new SfccTestHost();
        const string Refused = """{"_v":"23.2","fault":{"type":"InvalidAccessTokenException","message":"The request is unauthorized, the access token is invalid."}}""";
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.Unauthorized, Refused).ThenToken("bm-2").Then(HttpStatusCode.Unauthorized, Refused);

        var result = await host.Client.Shop.GetOrderAsync("00001");

        Assert.Equal(SfccErrorKind.Authentication, result.Error?.Kind);
        Assert.Equal("InvalidAccessTokenException", result.Error?.FaultType);
        Assert.Equal(2, host.Http.ApiRequests.Count);
    }

    [Fact]
    public async Task ConcurrentCallsShareOneTokenRequest()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1");
        for (var i = 0; i < 5; i++)
        {
            host.Http.ThenOk(Product);
        }

        var client = host.Client;
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.Products.GetAsync("701643632930")));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.ToString()));
        Assert.Single(host.Http.TokenRequests);
    }

    [Fact]
    public async Task A401OnASearchSendsTheSameBodyAgainWithTheFreshToken()
    {
        using var host = new SfccTestHost();
        host.Http
            .ThenToken("bm-1")
            .Then(HttpStatusCode.Unauthorized, """{"_v":"23.2","fault":{"type":"InvalidAccessTokenException","message":"The access token is invalid."}}""")
            .ThenToken("bm-2")
            .ThenOk("""{"count":0,"start":0,"total":0,"hits":[]}""");

        var result = await host.Client.Shop.SearchOrdersAsync(new OcapiSearchRequest(OcapiQuery.Term("status", "new"), 0, 50));

        Assert.True(result.IsSuccess, result.ToString());
        var sent = host.Http.ApiRequests;
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.Contains("\"term_query\":{\"fields\":[\"status\"],\"operator\":\"is\",\"values\":[\"new\"]}", sent[1].Body);
        Assert.Equal("Bearer bm-2", sent[1].Authorization);
    }

    [Fact]
    public async Task TheBusinessManagerGrantSendsUserPasswordAndSecretInBasicAuth()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1", expiresIn: 899);

        var token = await host.Client.Tokens.GetBusinessManagerTokenAsync();

        Assert.True(token.IsSuccess, token.ToString());
        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/dw/oauth2/access_token?client_id=ocapi-client-id", sent.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("bm.user@acme.com:bm-access-key:ocapi-secret")), sent.Authorization);
        Assert.Equal("urn:demandware:params:oauth:grant-type:client-id:dwsid:dwsecuretoken", sent.Form["grant_type"]);
        Assert.Equal(SfccTestHost.Now + TimeSpan.FromSeconds(899), token.Data.ExpiresAt);
    }

    [Fact]
    public async Task TheAccountManagerGrantAsksForTheTenantAndTheApiScopes()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1");

        await host.Client.Tokens.GetAccountManagerTokenAsync();

        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal("https://account.demandware.com/dwsso/oauth2/access_token", sent.Uri.ToString());
        // Setup guide Step 1: Token Endpoint Auth Method client_secret_post, so the id and password travel as form fields, not Basic.
        Assert.Null(sent.Authorization);
        Assert.Equal("b2c-client-id", sent.Form["client_id"]);
        Assert.Equal("b2c pass/word", sent.Form["client_secret"]);
        Assert.Equal("client_credentials", sent.Form["grant_type"]);
        // Only scopes of the guide's allowed list: Account Manager refuses a read scope the client is allowed only as .rw.
        Assert.Equal("SALESFORCE_COMMERCE_API:zzte_053 sfcc.orders.rw sfcc.catalogs.rw sfcc.inventory.impex-inventory.rw sfcc.inventory.availability.rw sfcc.customerlists.rw sfcc.products.rw",
            sent.Form["scope"]);
    }

    [Fact]
    public async Task ATokenForChosenScopesIsCachedApartFromTheDefaultOne()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-default").ThenToken("am-rw");

        var standard = await host.Client.Tokens.GetAccountManagerTokenAsync();
        var chosen = await host.Client.Tokens.GetAccountManagerTokenAsync(["sfcc.orders.rw"]);
        var again = await host.Client.Tokens.GetAccountManagerTokenAsync(["sfcc.orders.rw"]);

        Assert.Equal("am-default", standard.Data?.Value);
        Assert.Equal("am-rw", chosen.Data?.Value);
        Assert.Equal("am-rw", again.Data?.Value);
        Assert.Equal("SALESFORCE_COMMERCE_API:zzte_053 sfcc.orders.rw", host.Http.TokenRequests[1].Form["scope"]);
        Assert.Equal(2, host.Http.TokenRequests.Count);
    }

    [Fact]
    public async Task AnInvalidScopeIsExplainedWithWhereToAllowIt()
    {
        using var host = new SfccTestHost();
        host.Http.Then(HttpStatusCode.BadRequest, """{"error":"invalid_scope","error_description":"Unknown/invalid scope(s): [sfcc.catalogs]"}""");

        var token = await host.Client.Tokens.GetAccountManagerTokenAsync(["sfcc.catalogs"]);

        Assert.Equal(SfccErrorKind.Authentication, token.Error?.Kind);
        Assert.Equal("invalid_scope", token.Error?.ProblemType);
        Assert.Equal("Unknown/invalid scope(s): [sfcc.catalogs]", token.Error?.Message);
        Assert.Contains("Allowed Scopes", token.Error?.Explanation);
    }

    [Fact]
    public async Task TheShopperTokenComesFromSlasWithThePrivateClient()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("slas-1");

        var token = await host.Client.Tokens.GetShopperTokenAsync();

        Assert.True(token.IsSuccess, token.ToString());
        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal("https://kv7kzm78.api.commercecloud.salesforce.com/shopper/auth/v1/organizations/f_ecom_zzte_053/oauth2/token", sent.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("slas-client-id:slas-secret")), sent.Authorization);
        Assert.Equal("RefArch", sent.Form["channel_id"]);
    }

    [Fact]
    public async Task ARefusedTokenRequestIsAnAuthenticationErrorWithTheMessage()
    {
        using var host = new SfccTestHost();
        host.Http.Then(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}""");

        var result = await host.Client.Orders.GetAsync("00001");

        Assert.Equal(SfccErrorKind.Authentication, result.Error?.Kind);
        Assert.Equal("Client authentication failed", result.Error?.Message);
        Assert.Contains("b2c-client-id", result.Error?.Explanation);
        Assert.Empty(host.Http.ApiRequests);
    }

    [Fact]
    public async Task TheTokenScopesAreReadFromTheJwt()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken(SfccTestHost.Jwt("""["SALESFORCE_COMMERCE_API:zzte_053","sfcc.products","sfcc.orders.rw","sfcc.catalogs.rw","sfcc.inventory.impex-inventory.rw"]"""));

        var token = await host.Client.Tokens.GetAccountManagerTokenAsync();

        Assert.True(token.IsSuccess, token.ToString());
        Assert.Equal(["SALESFORCE_COMMERCE_API:zzte_053", "sfcc.products", "sfcc.orders.rw", "sfcc.catalogs.rw", "sfcc.inventory.impex-inventory.rw"], token.Data.Scopes);
        Assert.Equal(["sfcc.inventory.availability.rw", "sfcc.customerlists.rw", "sfcc.products.rw"], token.Data.Missing(host.Client.Tokens.RequiredAccountManagerScopes));
        Assert.Empty(token.Data.Missing(["sfcc.orders"]));
        Assert.Equal(["sfcc.customerlists"], token.Data.Missing(["sfcc.customerlists", "sfcc.products"]));
    }

    [Theory]
    [InlineData("""["mail","sfcc.products"]""", new[] { "mail", "sfcc.products" })]
    [InlineData("\"sfcc.shopper-baskets-orders.rw sfcc.shopper-products\"", new[] { "sfcc.shopper-baskets-orders.rw", "sfcc.shopper-products" })]
    [InlineData("42", new string[0])]
    public void JwtScopeClaimIsDecodedFromArrayOrString(string claim, string[] expected) =>
        Assert.Equal(expected, SfccJwt.ReadScopes(SfccTestHost.Jwt(claim)));

    [Fact]
    public void AnOpaqueTokenHasNoScopes() => Assert.Empty(SfccJwt.ReadScopes("not-a-jwt"));
}
