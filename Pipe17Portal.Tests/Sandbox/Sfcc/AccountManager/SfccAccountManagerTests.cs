using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.AccountManager;

public class SfccAccountManagerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ClientSecretPostGrantsTheTenantAndRequestedScopesInASignedJwt()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var reply = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.orders.rw sfcc.products.rw");

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("Bearer", reply.Text("token_type"));
        Assert.Equal(1799, reply.Body.GetProperty("expires_in").GetInt32());
        Assert.Equal($"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.orders.rw sfcc.products.rw", reply.Text("scope"));
        var jwt = TestInstance.JwtPayload(reply.Text("access_token"));
        Assert.Equal(sfcc.B2cClientId, jwt.GetProperty("sub").GetString());
        Assert.Equal(sfcc.B2cClientId, jwt.GetProperty("client_id").GetString());
        Assert.Equal("client_credentials", jwt.GetProperty("grant_type").GetString());
        Assert.Contains($"SALESFORCE_COMMERCE_API:{sfcc.Tenant}", jwt.GetProperty("scope").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("sfcc.products.rw", jwt.GetProperty("scope").EnumerateArray().Select(s => s.GetString()));
        Assert.InRange(jwt.GetProperty("exp").GetInt64() - before, 1790, 1810);
        Assert.Equal(3, reply.Text("access_token").Split('.').Length);
    }

    [Fact]
    public async Task TheLegacyPathWorksToo()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var reply = await sfcc.AmTokenAsync(sfcc.OcapiClientId, sfcc.OcapiSecret, null, "/dw/oauth2/access_token");

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Contains($"SALESFORCE_COMMERCE_API:{sfcc.Tenant}", reply.Text("scope"));
    }

    [Fact]
    public async Task AWrongSecretOrUnknownClientIsInvalidClient401()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var wrongSecret = await sfcc.AmTokenAsync(sfcc.B2cClientId, "not-the-secret", null);
        var unknown = await sfcc.AmTokenAsync(Guid.NewGuid().ToString(), sfcc.B2cSecret, null);
        var none = await sfcc.PostFormAsync($"{TestInstance.Am}/dwsso/oauth2/access_token", new() { ["grant_type"] = "client_credentials" });

        foreach (var reply in new[] { wrongSecret, unknown, none })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
            Assert.Equal("invalid_client", reply.Text("error"));
            Assert.False(string.IsNullOrEmpty(reply.Text("error_description")));
        }
    }

    [Fact]
    public async Task AScopeTheClientLacksOrAnotherTenantIsInvalidScope400()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        // The B2C API client has the setup guide's seven .rw scopes, not the Shopper API ones.
        var lacking = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.shopper-products");
        var otherTenant = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, "SALESFORCE_COMMERCE_API:zzzz_999 sfcc.products.rw");

        Assert.Equal(HttpStatusCode.BadRequest, lacking.Status);
        Assert.Equal("invalid_scope", lacking.Text("error"));
        Assert.Contains("sfcc.shopper-products", lacking.Text("error_description"));
        Assert.Equal(HttpStatusCode.BadRequest, otherTenant.Status);
        Assert.Equal("invalid_scope", otherTenant.Text("error"));
        Assert.Contains("zzzz_999", otherTenant.Text("error_description"));
    }

    [Fact]
    public async Task AnotherGrantTypeIsUnsupportedAndAMissingOneInvalid()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var password = await sfcc.PostFormAsync($"{TestInstance.Am}/dwsso/oauth2/access_token", new() { ["grant_type"] = "password" }, TestInstance.Basic($"{sfcc.B2cClientId}:{sfcc.B2cSecret}"));
        var missing = await sfcc.PostFormAsync($"{TestInstance.Am}/dwsso/oauth2/access_token", new(), TestInstance.Basic($"{sfcc.B2cClientId}:{sfcc.B2cSecret}"));

        Assert.Equal(HttpStatusCode.BadRequest, password.Status);
        Assert.Equal("unsupported_grant_type", password.Text("error"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("invalid_request", missing.Text("error"));
    }

    [Fact]
    public async Task RemovingAScopeThroughTheControlApiRefusesItFromThenOn()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, "sfcc.products.rw")).Status);

        var changed = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/scopes", new { scopes = new[] { "sfcc.orders.rw" } });
        var refused = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, "sfcc.products.rw");
        var stillAllowed = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, "sfcc.orders.rw");

        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal(["sfcc.orders.rw"], changed.Body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal("SALESFORCE_COMMERCE_API", changed.Text("role"));
        Assert.Equal("invalid_scope", refused.Text("error"));
        Assert.Equal(HttpStatusCode.OK, stillAllowed.Status);
    }

    [Fact]
    public async Task TheScopesControlValidatesScopesAndClient()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var unknownScope = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/scopes", new { scopes = new[] { "sfcc.everything" } });
        var notAList = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/scopes", new { scopes = "sfcc.orders" });
        var unknownClient = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{Guid.NewGuid()}/scopes", new { scopes = new[] { "sfcc.orders" } });
        var read = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/api-clients/{sfcc.ShopClientId}/scopes"));

        Assert.Equal(HttpStatusCode.BadRequest, unknownScope.Status);
        Assert.Contains("scopes", unknownScope.Body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.BadRequest, notAList.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownClient.Status);
        Assert.Equal("shop", read.Text("kind"));
        Assert.Contains("sfcc.products.rw", read.Body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task FaultsOfSystemSfccApplyToTokenRequests()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var set = await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "503" } });
        Assert.Equal(HttpStatusCode.OK, set.Status);

        var reply = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.Equal("95", reply.Response.Headers.GetValues("sfdc_load").Single());
        Assert.Equal("THROTTLE", reply.Response.Headers.GetValues("sfdc_load_status").Single());
        await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "429" } });
        var limited = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.True(limited.Response.Headers.Contains("Retry-After"));
    }
}
