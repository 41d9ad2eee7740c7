using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.AccountManager;

/// <summary>
/// The sandbox instance starts as the setup guide's Step 1 (three clients, the seven .rw scopes), and each client can be
/// broken on purpose: disabled, or given a new secret. Account Manager answers invalid_client for each, its description
/// naming which.
/// </summary>
public class SfccApiClientBreakageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ADisabledClientGetsNoTokenFromAccountManagerTheBmGrantOrSlasUntilEnabled()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var disabled = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/disabled", new { disabled = true });
        await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.OcapiClientId}/disabled", new { disabled = true });
        await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.ShopClientId}/disabled", new { disabled = true });
        var am = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);
        var grant = await sfcc.BmTokenAsync();
        var slas = await sfcc.SlasTokenAsync(sfcc.ShopClientId, sfcc.ShopSecret, sfcc.SiteId);
        await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/disabled", new { disabled = false });
        var enabled = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);

        Assert.Equal(HttpStatusCode.OK, disabled.Status);
        Assert.True(disabled.Body.GetProperty("disabled").GetBoolean());
        foreach (var reply in new[] { am, grant, slas })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
            Assert.Equal("invalid_client", reply.Text("error"));
            Assert.Contains("disabled", reply.Text("error_description"));
        }
        Assert.Equal(HttpStatusCode.OK, enabled.Status);
    }

    [Fact]
    public async Task ANewSecretRefusesTheOldOneAndTheDescriptionsTellTheCausesApart()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var changed = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/secret", new { secret = "a-brand-new-secret-01" });
        var old = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, null);
        var fresh = await sfcc.AmTokenAsync(sfcc.B2cClientId, "a-brand-new-secret-01", null);
        var unknown = await sfcc.AmTokenAsync("no-such-client-0001", "whatever", null);

        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, old.Status);
        Assert.Contains("wrong client secret", old.Text("error_description"));
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Contains("Unknown client_id", unknown.Text("error_description"));
    }

    [Fact]
    public async Task TheBreakageControlsValidateTheirInput()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var notABool = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/disabled", new { disabled = "yes" });
        var shortSecret = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/{sfcc.B2cClientId}/secret", new { secret = "short" });
        var unknownClient = await sfcc.PutJsonAsync($"{sfcc.Control}/api-clients/no-such-client-0001/secret", new { secret = "long-enough-secret" });
        var unknownResource = await PostJsonAsync(sfcc, $"{sfcc.Control}/ocapi-settings/shop/remove-resource", new { resource_id = "/nothing/here" });
        var unknownApi = await PostJsonAsync(sfcc, $"{sfcc.Control}/ocapi-settings/meta/remove-resource", new { resource_id = "/baskets" });

        Assert.Equal(HttpStatusCode.BadRequest, notABool.Status);
        Assert.Equal(HttpStatusCode.BadRequest, shortSecret.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownClient.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownResource.Status);
        Assert.Contains("/nothing/here", unknownResource.Body.GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, unknownApi.Status);
    }

    [Fact]
    public async Task RemovingAnOcapiResourceRefusesItsCallsWith403()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var before = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/sites/{sfcc.SiteId}", token: token);

        var removed = await PostJsonAsync(sfcc, $"{sfcc.Control}/ocapi-settings/data/remove-resource", new { resource_id = "/sites/*" });
        var after = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/sites/{sfcc.SiteId}", token: token);

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.DoesNotContain("\"/sites/*\"", removed.Body.GetProperty("data").GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, after.Status);
        Assert.Contains("ClientAccessForbiddenException", after.Body.GetRawText());
    }

    private static async Task<Reply> PostJsonAsync(TestInstance sfcc, string path, object body) =>
        await Reply.ReadAsync(await sfcc.Http.PostAsync(path, new StringContent(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json")));
}
