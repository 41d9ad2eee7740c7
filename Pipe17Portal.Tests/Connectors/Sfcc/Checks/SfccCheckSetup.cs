using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Checks;

/// <summary>
/// A workspace with a Salesforce connection on a fresh sandbox instance (Use sandbox, which connects it), and the control
/// API calls that break the instance on purpose.
/// </summary>
public sealed record SfccCheckSetup(PortalFactory Factory, TestMember Owner, HttpClient Browser, Guid ConnectionId, Guid AccountId, SfccSettingsView View)
{
    public static async Task<SfccCheckSetup> CreateAsync(PortalFactory factory)
    {
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        var view = await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        await factory.WaitForQuietAsync(connection.Id); // Connect starts the pulls in the background
        var account = factory.Scoped(s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            return db.Workspaces.IgnoreQueryFilters().Where(w => w.Id == owner.WorkspaceId).Select(w => w.SandboxAccountId).Single()!.Value;
        });
        return new SfccCheckSetup(factory, owner, browser, connection.Id, account, view);
    }

    public string Control => $"/sandbox/_control/accounts/{AccountId}/sfcc";

    public async Task<CheckResultInfo> RunAsync(string key) =>
        await (await Browser.PostAsync($"/api/v1/checks/{key}/run", null)).ReadAsync<CheckResultInfo>();

    public async Task ControlAsync(HttpMethod method, string path, object body)
    {
        var response = await Factory.CreateClient().SendAsync(new HttpRequestMessage(method, $"{Control}/{path}") { Content = JsonContent.Create(body) });
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<List<string>> ScopesAsync(string clientId) =>
        [.. (await Factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"{Control}/api-clients/{clientId}/scopes"))
            .GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!)];

    public async Task RemoveScopeAsync(string clientId, string scope) =>
        await ControlAsync(HttpMethod.Put, $"api-clients/{clientId}/scopes", new { scopes = (await ScopesAsync(clientId)).Where(s => s != scope).ToList() });

    /// <summary>Saves the connection's settings as they are, with the changes given (passwords kept unless given).</summary>
    public async Task<SfccSettingsView> SaveAsync(Func<SfccSettingsUpdate, SfccSettingsUpdate> change)
    {
        var v = await (await Browser.GetAsync($"/api/v1/connections/{ConnectionId}/sfcc")).ReadAsync<SfccSettingsView>();
        var update = change(new SfccSettingsUpdate(v.ShortCode, v.OrganizationId, v.SiteId, v.OcapiUrl, v.B2cClientId, null, v.ShopClientId, null,
            v.OcapiClientId, null, v.BmUser, null, v.OcapiVersion, v.PullCatalog, v.ForceCatalogResync, v.PullShippingRequests, v.PullFulfillments,
            v.PullInventory, v.ForceInventoryResync, v.OciTenantGroupId, v.InventoryLocations ?? []));
        return await (await Browser.PutJsonAsync($"/api/v1/connections/{ConnectionId}/sfcc", update)).ReadAsync<SfccSettingsView>();
    }

    public Task<Pipe17Portal.Sync.Connection> ConnectionAsync() => Factory.ScopedAsync(s =>
        s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == ConnectionId));
}
