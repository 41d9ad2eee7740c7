using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.AccountManager;

/// <summary>
/// The sandbox's three API clients are created exactly as the setup guide's Step 1 says, and Account Manager holds them to
/// it as the real one does: a scope outside the allowed list is invalid_scope (a read scope is not implied by its .rw
/// scope there), and an authentication method other than the configured one is invalid_client.
/// </summary>
public class SfccSetupGuideClientTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] GuideScopes =
    [
        "sfcc.orders.rw", "sfcc.catalogs.rw", "sfcc.inventory.impex-inventory.rw", "sfcc.inventory.availability.rw",
        "sfcc.inventory.reservations.rw", "sfcc.customerlists.rw", "sfcc.products.rw",
    ];

    [Fact]
    public async Task EachClientIsCreatedAsStep1Says()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        foreach (var clientId in new[] { sfcc.B2cClientId, sfcc.ShopClientId, sfcc.OcapiClientId })
        {
            var client = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/api-clients/{clientId}/scopes"));
            Assert.Equal("SALESFORCE_COMMERCE_API", client.Text("role"));
            Assert.Equal(GuideScopes.Order(), client.Body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Order());
            Assert.Equal(["mail", "roles", "tenantFilter", "profile", "openId"], client.Body.GetProperty("default_scopes").EnumerateArray().Select(s => s.GetString()!));
            Assert.Equal("client_secret_post", client.Text("token_endpoint_auth_method"));
            Assert.Equal("JWT", client.Text("access_token_format"));
            var token = await sfcc.AmTokenAsync(clientId, clientId == sfcc.B2cClientId ? sfcc.B2cSecret : clientId == sfcc.ShopClientId ? sfcc.ShopSecret : sfcc.OcapiSecret,
                $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} {string.Join(' ', GuideScopes)}");
            Assert.True(token.Status == HttpStatusCode.OK, token.ToString());
        }
    }

    [Theory]
    [InlineData("sfcc.products")]
    [InlineData("sfcc.orders")]
    [InlineData("sfcc.shopper-baskets-orders.rw")]
    public async Task AScopeOutsideTheAllowedListIsInvalidScopeNamingIt(string scope)
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var reply = await sfcc.AmTokenAsync(sfcc.ShopClientId, sfcc.ShopSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.orders.rw {scope}");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("invalid_scope", reply.Text("error"));
        Assert.Contains(scope, reply.Text("error_description"));
        Assert.DoesNotContain("sfcc.orders.rw", reply.Text("error_description"));
    }

    [Fact]
    public async Task HttpBasicForAClientSetToClientSecretPostIsInvalidClientSayingSo()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var reply = await sfcc.AmBasicTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.orders.rw");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("invalid_client", reply.Text("error"));
        Assert.Contains("client_secret_post", reply.Text("error_description"));
    }

    [Fact]
    public async Task AClientSwitchedToClientSecretBasicRefusesFormFieldsAndAcceptsBasic()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var switched = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/token-endpoint-auth-method", new { method = "client_secret_basic" });
        var post = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);
        var basic = await sfcc.AmBasicTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);
        var unknown = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/token-endpoint-auth-method", new { method = "carrier_pigeon" });

        Assert.True(switched.Status == HttpStatusCode.OK, switched.ToString());
        Assert.Equal("client_secret_basic", switched.Text("token_endpoint_auth_method"));
        Assert.Equal(HttpStatusCode.Unauthorized, post.Status);
        Assert.Contains("client_secret_basic", post.Text("error_description"));
        Assert.Equal(HttpStatusCode.OK, basic.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
    }

    [Fact]
    public async Task SlasStillIssuesTheShopClientItsShopperScopesWithHttpBasic()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var reply = await sfcc.SlasTokenAsync(sfcc.ShopClientId, sfcc.ShopSecret, sfcc.SiteId);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Contains("sfcc.shopper-baskets-orders.rw", TestInstance.JwtPayload(reply.Text("access_token")).GetProperty("scp").GetString());
    }
}
