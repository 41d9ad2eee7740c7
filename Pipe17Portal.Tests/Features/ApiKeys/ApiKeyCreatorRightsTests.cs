using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.ApiKeys;

/// <summary>A key never has more rights than the member who created it has now, and only a person manages keys.</summary>
public class ApiKeyCreatorRightsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RemovingAMemberRevokesTheKeysTheyCreated()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var developer = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer);
        var (script, key) = await factory.ApiKeyClientAsync(developer, WorkspaceRole.Developer);
        (await script.GetAsync("/api/v1/connections")).EnsureSuccessStatusCode();
        var browser = await factory.SignInAsync(admin);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/members/{developer.UserId}")).StatusCode);

        var problem = await (await script.GetAsync("/api/v1/connections")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.Detail);
        var listed = await (await browser.GetAsync("/api/v1/api-keys")).ReadAsync<List<ApiKeyInfo>>();
        Assert.NotNull(Assert.Single(listed, k => k.Id == key.Key.Id).RevokedAt);
    }

    [Fact]
    public async Task DemotingTheCreatorLowersTheKeyAtOnce()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var developer = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer);
        var (script, _) = await factory.ApiKeyClientAsync(developer, WorkspaceRole.Developer);
        Assert.Equal(WorkspaceRole.Developer, (await (await script.GetAsync("/api/v1/workspace")).ReadAsync<WorkspaceInfo>()).Me.Role);
        var browser = await factory.SignInAsync(admin);

        (await browser.PutJsonAsync($"/api/v1/members/{developer.UserId}/role", new ChangeRoleRequest(WorkspaceRole.User))).EnsureSuccessStatusCode();

        Assert.Equal(WorkspaceRole.User, (await (await script.GetAsync("/api/v1/workspace")).ReadAsync<WorkspaceInfo>()).Me.Role);
        var problem = await (await script.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Shop")))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Developer role", problem.Detail);
    }

    [Fact]
    public async Task PromotingTheCreatorDoesNotRaiseTheKeyAboveItsOwnRole()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var developer = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer);
        var (script, _) = await factory.ApiKeyClientAsync(developer, WorkspaceRole.User);
        var browser = await factory.SignInAsync(admin);

        (await browser.PutJsonAsync($"/api/v1/members/{developer.UserId}/role", new ChangeRoleRequest(WorkspaceRole.Administrator))).EnsureSuccessStatusCode();

        Assert.Equal(WorkspaceRole.User, (await (await script.GetAsync("/api/v1/workspace")).ReadAsync<WorkspaceInfo>()).Me.Role);
    }

    [Fact]
    public async Task AKeyCanNeitherCreateNorRevokeKeys()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var (script, key) = await factory.ApiKeyClientAsync(admin, WorkspaceRole.Administrator);

        var create = await (await script.PostJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest("minted", WorkspaceRole.Developer)))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        var revoke = await (await script.DeleteAsync($"/api/v1/api-keys/{key.Key.Id}")).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("signed in", create.Detail);
        Assert.Contains("signed in", revoke.Detail);
        var keys = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ApiKeys.IgnoreQueryFilters()
            .Where(k => k.WorkspaceId == admin.WorkspaceId).ToListAsync());
        Assert.Null(Assert.Single(keys).RevokedAt);
    }

    [Fact]
    public async Task AKeyWhoseCreatorIsUnknownIsRefusedWithWhatToDo()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var (script, key) = await factory.ApiKeyClientAsync(admin, WorkspaceRole.Developer);
        await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ApiKeys.IgnoreQueryFilters()
            .Where(k => k.Id == key.Key.Id).ExecuteUpdateAsync(u => u.SetProperty(k => k.CreatedByUserId, (string?)null)));

        var problem = await (await script.GetAsync("/api/v1/workspace")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("Create a new key", problem.Detail);
    }
}
