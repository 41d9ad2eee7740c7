using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox;

/// <summary>The Sandbox Business Manager through the portal API, which drives the SFCC emulator's control API over HTTP.</summary>
public class BusinessManagerApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AMerchantReproducesAndRepairsSetupStepsInTheSandboxInstance()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        Assert.False((await (await browser.GetAsync("/api/v1/sandbox/sfcc/instance")).ReadAsync<BmInstance>()).HasSandboxAccount);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();

        var instance = await (await browser.GetAsync("/api/v1/sandbox/sfcc/instance")).ReadAsync<BmInstance>();
        Assert.Equal(3, instance.Clients.Count);
        Assert.NotEmpty(instance.BmRoles);

        var b2c = instance.Clients[0];
        var reduced = await (await browser.PutJsonAsync($"/api/v1/sandbox/sfcc/api-clients/{b2c.ClientId}/scopes", new BmScopesUpdate([.. b2c.Scopes.Skip(1)]))).ReadAsync<BmInstance>();
        Assert.Equal(b2c.Scopes.Count - 1, reduced.Clients[0].Scopes.Count);
        var unknown = await (await browser.PutJsonAsync($"/api/v1/sandbox/sfcc/api-clients/{b2c.ClientId}/scopes", new BmScopesUpdate(["sfcc.not-a-scope"]))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("scopes", unknown.Detail);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostJsonAsync("/api/v1/sandbox/sfcc/payment-methods", new BmMethodCreate("TTS"))).StatusCode);
        await (await browser.PostJsonAsync("/api/v1/sandbox/sfcc/payment-methods", new BmMethodCreate("TTS"))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostJsonAsync("/api/v1/sandbox/sfcc/customers", new BmCustomerCreate("tiktok-orders@merchant.example", "TIKTOK-GENERIC"))).StatusCode);
        Assert.Empty(await (await browser.GetAsync("/api/v1/sandbox/sfcc/orders")).ReadAsync<List<BmOrder>>());
        await (await browser.PostJsonAsync("/api/v1/sandbox/sfcc/orders/00000001/ship", new BmShipRequest("1Z1", "UPS"))).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheBusinessManagerDisablesAClientChangesItsPasswordAndRemovesAnOcapiResourceAndTheChecksSeeEach()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        var instance = await (await browser.GetAsync("/api/v1/sandbox/sfcc/instance")).ReadAsync<BmInstance>();
        var shop = instance.Clients.Single(c => c.Kind == "shop");
        var ocapi = instance.Clients.Single(c => c.Kind == "ocapi");
        Assert.Contains(instance.OcapiResources!, r => r is { Api: "data", ResourceId: "/sites/*" });

        var disabled = await (await browser.PutJsonAsync($"/api/v1/sandbox/sfcc/api-clients/{shop.ClientId}/disabled", new BmClientDisabledUpdate(true))).ReadAsync<BmInstance>();
        await (await browser.PostAsync($"/api/v1/sandbox/sfcc/api-clients/{ocapi.ClientId}/change-password", null)).ReadAsync<BmInstance>();
        var removed = await (await browser.PostJsonAsync("/api/v1/sandbox/sfcc/ocapi-settings/remove-resource", new BmOcapiResourceRemoval("data", "/sites/*"))).ReadAsync<BmInstance>();
        var invalid = await (await browser.PostJsonAsync("/api/v1/sandbox/sfcc/ocapi-settings/remove-resource", new BmOcapiResourceRemoval("meta", "/sites/*"))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(disabled.Clients.Single(c => c.Kind == "shop").Disabled);
        Assert.DoesNotContain(removed.OcapiResources!, r => r is { Api: "data", ResourceId: "/sites/*" });
        Assert.Contains("shop or data", invalid.Detail + string.Join(" ", invalid.Errors?.Values.SelectMany(v => v) ?? []));
        var shopCheck = await (await browser.PostAsync("/api/v1/checks/sfcc.shop-client/run", null)).ReadAsync<CheckResultInfo>();
        var ocapiCheck = await (await browser.PostAsync("/api/v1/checks/sfcc.ocapi-client/run", null)).ReadAsync<CheckResultInfo>();
        Assert.Equal(CheckOutcome.Fail, shopCheck.Outcome);
        Assert.Contains("disabled", shopCheck.Summary);
        Assert.Equal(CheckOutcome.Fail, ocapiCheck.Outcome);
        Assert.Contains("refused the password", ocapiCheck.Summary);
    }
}
