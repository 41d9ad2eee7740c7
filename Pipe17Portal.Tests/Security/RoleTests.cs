using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

public class RoleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AUserCanReadButCannotCreateKeysOrChangeSettings()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var user = await factory.SignInAsync(await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.User));

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/connections")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/audit-log")).StatusCode);

        var refused = new[]
        {
            await user.PostJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest("mine", WorkspaceRole.User)),
            await user.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Shop")),
            await user.PutJsonAsync("/api/v1/workspace", new RenameWorkspaceRequest("Renamed")),
            await user.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest("x@example.com", WorkspaceRole.User)),
            await user.GetAsync("/api/v1/api-keys"),
        };
        foreach (var response in refused)
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Contains("you are a User", problem.Detail);
        }
    }

    [Fact]
    public async Task ADeveloperChangesSettingsButNotMembers()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var developer = await factory.SignInAsync(await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer));

        Assert.Equal(HttpStatusCode.Created, (await developer.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).StatusCode);
        await (await developer.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest("x@example.com", WorkspaceRole.User)))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await developer.PutJsonAsync($"/api/v1/members/{admin.UserId}/role", new ChangeRoleRequest(WorkspaceRole.User)))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ADeveloperCannotCreateAKeyWithMoreRightsThanThemselves()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var developer = await factory.SignInAsync(await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer));

        var problem = await (await developer.PostJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest("too strong", WorkspaceRole.Administrator)))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("role", problem.Errors!.Keys);
    }

    [Fact]
    public async Task ARemovedMemberLosesAccessAtOnce()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var member = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer);
        var memberClient = await factory.SignInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/api/v1/connections")).StatusCode);

        var adminClient = await factory.SignInAsync(admin);
        Assert.Equal(HttpStatusCode.NoContent, (await adminClient.DeleteAsync($"/api/v1/members/{member.UserId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await memberClient.GetAsync("/api/v1/connections")).StatusCode);
    }

    [Fact]
    public async Task ARemovedMembersNextPageLoadAsksThemToSignIn()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var member = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer);
        var memberClient = await factory.SignInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/")).StatusCode);

        var adminClient = await factory.SignInAsync(admin);
        Assert.Equal(HttpStatusCode.NoContent, (await adminClient.DeleteAsync($"/api/v1/members/{member.UserId}")).StatusCode);

        var page = await memberClient.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ADemotedMemberActsAtTheNewRoleAtOnce()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var second = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Administrator);
        var secondClient = await factory.SignInAsync(second);
        var adminClient = await factory.SignInAsync(admin);

        Assert.Equal(HttpStatusCode.OK, (await adminClient.PutJsonAsync($"/api/v1/members/{second.UserId}/role", new ChangeRoleRequest(WorkspaceRole.User))).StatusCode);

        var problem = await (await secondClient.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest($"x-{Guid.NewGuid():N}@example.com", WorkspaceRole.User)))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("you are a User", problem.Detail);
    }
}
