using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Connect;

/// <summary>
/// Connect, through its HTTP API, against a sandbox set up as the guide's Step 1 and then broken one credential at a time
/// through the sandbox control API: each of the three API clients is checked on its own (password, id, allowed scopes,
/// authentication method), and so is the Business Manager user's role; the failing check names the credential and its fix.
/// </summary>
public class SfccConnectCredentialTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Slots => new() { "b2c", "shop", "ocapi" };

    [Theory]
    [MemberData(nameof(Slots))]
    public async Task AChangedClientPasswordFailsThatClientsCheckAsAWrongPassword(string slot)
    {
        var (browser, connectionId, view) = await ConnectedAsync();
        var clientId = ClientId(view, slot);
        await ControlAsync(connectionId, HttpMethod.Put, $"api-clients/{clientId}/secret", new { secret = "a-brand-new-secret-01" });

        var after = await ConnectAsync(browser, connectionId);

        var failed = after.Checks.Single(c => c.Name == CheckName(slot));
        Assert.False(failed.Passed);
        Assert.Contains(clientId, failed.Message);
        Assert.Contains("refused the password", failed.Message);
        Assert.Contains("password", failed.Fix);
        Assert.All(after.Checks.Where(c => c.Name.EndsWith("Account Manager token", StringComparison.Ordinal) && c.Name != CheckName(slot)), c => Assert.True(c.Passed, c.Message));
        Assert.Equal(ConnectionStatus.Error, after.Status);
    }

    [Theory]
    [MemberData(nameof(Slots))]
    public async Task AnUnknownClientIdFailsThatClientsCheckAsUnknown(string slot)
    {
        var (browser, connectionId, view) = await ConnectedAsync();

        await SaveAsync(browser, connectionId, view, slot, "no-such-client-0001");
        var after = await ConnectAsync(browser, connectionId);

        var failed = after.Checks.Single(c => c.Name == CheckName(slot));
        Assert.False(failed.Passed);
        Assert.Contains("does not know this client id", failed.Message);
        Assert.Contains("Account Manager → API Client", failed.Fix);
        Assert.All(after.Checks.Where(c => c.Name.EndsWith("Account Manager token", StringComparison.Ordinal) && c.Name != CheckName(slot)), c => Assert.True(c.Passed, c.Message));
    }

    [Theory]
    [MemberData(nameof(Slots))]
    public async Task AScopeOfTheGuideMissingFromAnyClientIsNamedOnThatClientsCheck(string slot)
    {
        var (browser, connectionId, view) = await ConnectedAsync();
        var clientId = ClientId(view, slot);
        var scopes = await ControlAsync(connectionId, HttpMethod.Get, $"api-clients/{clientId}/scopes", null);
        var kept = scopes.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Where(s => s != "sfcc.inventory.reservations.rw").ToList();
        await ControlAsync(connectionId, HttpMethod.Put, $"api-clients/{clientId}/scopes", new { scopes = kept });

        var after = await ConnectAsync(browser, connectionId);

        var failed = after.Checks.Single(c => c.Name == CheckName(slot));
        Assert.False(failed.Passed);
        Assert.Contains("sfcc.inventory.reservations.rw", failed.Message);
        Assert.Contains($"Account Manager → API Client → {clientId} → Allowed Scopes", failed.Fix);
        Assert.All(after.Checks.Where(c => c.Name.EndsWith("Account Manager token", StringComparison.Ordinal) && c.Name != CheckName(slot)), c => Assert.True(c.Passed, c.Message));
    }

    [Fact]
    public async Task AClientNotSetToClientSecretPostIsToldToBe()
    {
        var (browser, connectionId, view) = await ConnectedAsync();
        await ControlAsync(connectionId, HttpMethod.Put, $"api-clients/{view.ShopClientId}/token-endpoint-auth-method", new { method = "client_secret_basic" });

        var after = await ConnectAsync(browser, connectionId);

        var failed = after.Checks.Single(c => c.Name == CheckName("shop"));
        Assert.False(failed.Passed);
        Assert.Contains("client_secret_post", failed.Fix);
        Assert.Contains("Token Endpoint Auth Method", failed.Fix);
    }

    [Fact]
    public async Task ABusinessManagerUserWithoutAnOcapiRoleFailsTheGrantCheckAsAMissingRole()
    {
        var (browser, connectionId, _) = await ConnectedAsync();
        await ControlAsync(connectionId, HttpMethod.Put, "bm-user/roles", new { roles = new[] { "Merchandiser" } });

        var after = await ConnectAsync(browser, connectionId);

        var failed = after.Checks.Single(c => c.Name == "OCAPI: Business Manager user grant");
        Assert.False(failed.Passed);
        Assert.Contains("a role is missing", failed.Message);
        Assert.Contains("Roles & Permissions", failed.Fix);
        Assert.All(after.Checks.Where(c => c.Name.EndsWith("Account Manager token", StringComparison.Ordinal)), c => Assert.True(c.Passed, c.Message));
    }

    private static string CheckName(string slot) => slot switch
    {
        "b2c" => "B2C API client: Account Manager token",
        "shop" => "Shop API client: Account Manager token",
        _ => "OCAPI client: Account Manager token",
    };

    private static string ClientId(SfccSettingsView view, string slot) => slot switch
    {
        "b2c" => view.B2cClientId,
        "shop" => view.ShopClientId,
        _ => view.OcapiClientId,
    };

    private async Task<(HttpClient Browser, Guid ConnectionId, SfccSettingsView View)> ConnectedAsync()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        var view = await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        Assert.True(view.Checks.All(c => c.Passed), string.Join("\n", view.Checks.Select(c => $"{c.Name}: {c.Message}")));
        return (browser, connection.Id, view);
    }

    private static async Task<SfccSettingsView> ConnectAsync(HttpClient browser, Guid connectionId) =>
        await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/connect", null)).ReadAsync<SfccSettingsView>();

    private static async Task SaveAsync(HttpClient browser, Guid connectionId, SfccSettingsView view, string slot, string clientId)
    {
        var update = new SfccSettingsUpdate(view.ShortCode, view.OrganizationId, view.SiteId, view.OcapiUrl,
            slot == "b2c" ? clientId : view.B2cClientId, null, slot == "shop" ? clientId : view.ShopClientId, null,
            slot == "ocapi" ? clientId : view.OcapiClientId, null, view.BmUser, null, view.OcapiVersion, view.PullCatalog, false);
        await (await browser.PutJsonAsync($"/api/v1/connections/{connectionId}/sfcc", update)).ReadAsync<SfccSettingsView>();
    }

    private async Task<System.Text.Json.JsonElement> ControlAsync(Guid connectionId, HttpMethod method, string path, object? body)
    {
        var account = factory.Scoped(s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var workspace = db.Connections.IgnoreQueryFilters().Where(c => c.Id == connectionId).Select(c => c.WorkspaceId).Single();
            return db.Workspaces.Where(w => w.Id == workspace).Select(w => w.SandboxAccountId).Single()!.Value;
        });
        using var request = new HttpRequestMessage(method, $"/sandbox/_control/accounts/{account}/sfcc/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement;
    }
}
