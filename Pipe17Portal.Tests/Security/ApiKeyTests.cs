using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Security;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

public class ApiKeyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AKeyCreatedInSettingsWorksUntilItIsRevoked()
    {
        var admin = await factory.CreateWorkspaceAsync("Key Workspace");
        var browser = await factory.SignInAsync(admin);

        var created = await (await browser.PostJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest("ERP export", WorkspaceRole.Developer)))
            .ReadAsync<ApiKeyCreated>();
        Assert.StartsWith("p17_", created.Secret);
        Assert.StartsWith(created.Key.Prefix, created.Secret);

        var script = factory.CreateClient();
        script.DefaultRequestHeaders.Add("X-Api-Key", created.Secret);
        var workspace = await (await script.GetAsync("/api/v1/workspace")).ReadAsync<WorkspaceInfo>();
        Assert.Equal("Key Workspace", workspace.Name);
        Assert.True(workspace.Me.IsApiKey);
        Assert.Equal(WorkspaceRole.Developer, workspace.Me.Role);

        var listed = await (await browser.GetAsync("/api/v1/api-keys")).ReadAsync<List<ApiKeyInfo>>();
        Assert.NotNull(Assert.Single(listed).LastUsedAt);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/api-keys/{created.Key.Id}")).StatusCode);
        var problem = await (await script.GetAsync("/api/v1/workspace")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.Detail);
    }

    [Fact]
    public async Task TheSecretIsStoredOnlyAsAHash()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var (_, key) = await factory.ApiKeyClientAsync(admin, WorkspaceRole.User);

        var stored = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().ApiKeys.IgnoreQueryFilters().Single(k => k.Id == key.Key.Id));

        Assert.Equal(ApiKeySecrets.Hash(key.Secret), stored.SecretHash);
        Assert.DoesNotContain(key.Secret, File.ReadAllText(factory.PortalDatabasePath, System.Text.Encoding.Latin1));
    }

    [Theory]
    [InlineData(null, "Sign in, or send a workspace API key")]
    [InlineData("p17_not-a-real-key", "not valid")]
    [InlineData("   ", "empty")]
    public async Task MissingOrInvalidCredentialsGet401ProblemDetails(string? key, string expected)
    {
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        }

        var problem = await (await client.GetAsync("/api/v1/connections")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains(expected, problem.Detail);
    }

    [Fact]
    public async Task AKeyActsWithItsOwnRoleNotItsCreators()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var (readOnly, _) = await factory.ApiKeyClientAsync(admin, WorkspaceRole.User);

        var problem = await (await readOnly.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Shop")))
            .ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("Developer role", problem.Detail);
    }
}
