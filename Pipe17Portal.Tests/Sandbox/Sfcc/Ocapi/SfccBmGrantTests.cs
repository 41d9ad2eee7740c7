using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Ocapi;

public class SfccBmGrantTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheBmUserGrantReturnsABearerTokenForAboutFifteenMinutes()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var reply = await sfcc.BmTokenAsync();

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("Bearer", reply.Text("token_type"));
        Assert.Equal(899, reply.Body.GetProperty("expires_in").GetInt32());
        Assert.Equal(sfcc.BmUser, TestInstance.JwtPayload(reply.Text("access_token")).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task UnknownClientWrongSecretWrongPasswordAndMissingRoleAreToldApart()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var unknownClient = await sfcc.BmTokenAsync(clientId: Guid.NewGuid().ToString());
        var wrongSecret = await sfcc.BmTokenAsync(secret: "wrong-secret");
        var wrongPassword = await sfcc.BmTokenAsync(password: "wrong-password");
        var roles = await sfcc.PutJsonAsync($"{sfcc.Control}/bm-user/roles", new { roles = new[] { "Merchandiser" } });
        var noRole = await sfcc.BmTokenAsync();

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (unknownClient.Status, unknownClient.Text("error")));
        Assert.Contains("Unknown client_id", unknownClient.Text("error_description"));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (wrongSecret.Status, wrongSecret.Text("error")));
        Assert.Contains("client secret", wrongSecret.Text("error_description"));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_grant"), (wrongPassword.Status, wrongPassword.Text("error")));
        Assert.Equal(HttpStatusCode.OK, roles.Status);
        Assert.Equal((HttpStatusCode.Forbidden, "access_denied"), (noRole.Status, noRole.Text("error")));
        Assert.Contains("Merchandiser", noRole.Text("error_description"));
    }

    [Fact]
    public async Task AMissingClientIdGrantTypeOrMalformedHeaderIsInvalidRequest()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var grant = new Dictionary<string, string> { ["grant_type"] = "urn:demandware:params:oauth:grant-type:client-id:dwsid:dwsecuretoken" };

        var noClientId = await sfcc.PostFormAsync($"{TestInstance.Instance}/dw/oauth2/access_token", grant, TestInstance.Basic($"{sfcc.BmUser}:{sfcc.BmPassword}:{sfcc.OcapiSecret}"));
        var twoParts = await sfcc.PostFormAsync($"{TestInstance.Instance}/dw/oauth2/access_token?client_id={sfcc.OcapiClientId}", grant, TestInstance.Basic($"{sfcc.BmUser}:{sfcc.BmPassword}"));
        var otherGrant = await sfcc.PostFormAsync($"{TestInstance.Instance}/dw/oauth2/access_token?client_id={sfcc.OcapiClientId}", new() { ["grant_type"] = "client_credentials" }, TestInstance.Basic($"{sfcc.BmUser}:{sfcc.BmPassword}:{sfcc.OcapiSecret}"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (noClientId.Status, noClientId.Text("error")));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (twoParts.Status, twoParts.Text("error")));
        Assert.Equal((HttpStatusCode.BadRequest, "unsupported_grant_type"), (otherGrant.Status, otherGrant.Text("error")));
    }

    [Fact]
    public async Task TheRolesControlValidatesAndReadsBack()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var initial = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{sfcc.Control}/bm-user/roles"));
        var invalid = await sfcc.PutJsonAsync($"{sfcc.Control}/bm-user/roles", new { roles = new[] { "" } });
        var badAccount = await Reply.ReadAsync(await sfcc.Http.GetAsync("/sandbox/_control/accounts/not-a-guid/sfcc/bm-user/roles"));

        Assert.Equal(["Administrator"], initial.Body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(sfcc.BmUser, initial.Text("user"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badAccount.Status);
    }
}
