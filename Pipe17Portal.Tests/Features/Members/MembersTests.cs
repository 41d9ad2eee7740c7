using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Members;

public class MembersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheLastAdministratorCanBeNeitherDemotedNorRemoved()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);

        var demote = await (await client.PutJsonAsync($"/api/v1/members/{admin.UserId}/role", new ChangeRoleRequest(WorkspaceRole.Developer)))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        var remove = await (await client.DeleteAsync($"/api/v1/members/{admin.UserId}")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("last Administrator", demote.Detail);
        Assert.Contains("last Administrator", remove.Detail);
        var members = await (await client.GetAsync("/api/v1/members")).ReadAsync<List<MemberInfo>>();
        Assert.Equal(WorkspaceRole.Administrator, Assert.Single(members).Role);
    }

    [Fact]
    public async Task WithASecondAdministratorTheFirstCanStepDown()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var other = await factory.AddMemberAsync(admin.WorkspaceId, WorkspaceRole.Developer);
        var client = await factory.SignInAsync(admin);

        (await client.PutJsonAsync($"/api/v1/members/{other.UserId}/role", new ChangeRoleRequest(WorkspaceRole.Administrator))).EnsureSuccessStatusCode();
        var me = await (await client.PutJsonAsync($"/api/v1/members/{admin.UserId}/role", new ChangeRoleRequest(WorkspaceRole.User))).ReadAsync<MemberInfo>();

        Assert.Equal(WorkspaceRole.User, me.Role);
        // The change applies to the very next request: no longer allowed to manage members.
        await (await client.PutJsonAsync($"/api/v1/members/{other.UserId}/role", new ChangeRoleRequest(WorkspaceRole.User))).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnInviteeJoinsTheWorkspaceWithTheInvitedRole()
    {
        var admin = await factory.CreateWorkspaceAsync("Inviting Co");
        var client = await factory.SignInAsync(admin);
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var created = await (await client.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest(email, WorkspaceRole.Developer))).ReadAsync<InvitationCreated>();
        Assert.False(created.EmailSent); // no SMTP configured in tests, so the link comes back to show
        var link = new Uri(created.AcceptLink!);

        var invitee = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Contains("Join Inviting Co", await invitee.GetStringAsync(link.PathAndQuery));
        var accepted = await PortalFactory.PostFormAsync(invitee, link.PathAndQuery, "accept-invitation", new()
        {
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var workspace = await (await invitee.GetAsync("/api/v1/workspace")).ReadAsync<WorkspaceInfo>();
        Assert.Equal("Inviting Co", workspace.Name);
        Assert.Equal(WorkspaceRole.Developer, workspace.Me.Role);
        Assert.Empty(await (await client.GetAsync("/api/v1/invitations")).ReadAsync<List<InvitationInfo>>());

        // The link is single use.
        var again = await invitee.GetStringAsync(link.PathAndQuery);
        Assert.Contains("already accepted", again);
    }

    [Fact]
    public async Task AnInvalidInvitationListsEveryBadField()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);

        var problem = await (await client.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest("not an email", (WorkspaceRole)9)))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["email", "role"], problem.Errors!.Keys.Order());
        Assert.Contains("name@company.com", problem.Detail);
        Assert.Empty(await (await client.GetAsync("/api/v1/invitations")).ReadAsync<List<InvitationInfo>>());
    }

    [Fact]
    public async Task AnAdministratorRenamesTheWorkspaceAndTheChangeIsAudited()
    {
        var admin = await factory.CreateWorkspaceAsync("Old Name");
        var client = await factory.SignInAsync(admin);

        var renamed = await (await client.PutJsonAsync("/api/v1/workspace", new RenameWorkspaceRequest("  New Name "))).ReadAsync<WorkspaceInfo>();
        var blank = await (await client.PutJsonAsync("/api/v1/workspace", new RenameWorkspaceRequest(" "))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("New Name", renamed.Name);
        Assert.Equal("Workspace name is required.", blank.Detail);
        var audit = await (await client.GetAsync("/api/v1/audit-log")).ReadAsync<PagedResult<AuditEntryInfo>>();
        Assert.Equal("'Old Name' → 'New Name'", Assert.Single(audit.Items).Detail);
    }
}
