using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Workspaces;

public class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RegisteringCreatesTheWorkspaceWithTheNewUserAsAdministrator()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var email = $"owner-{Guid.NewGuid():N}@example.com";

        var response = await PortalFactory.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Workspace"] = "Acme Outdoor",
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var workspace = await (await client.GetAsync("/api/v1/workspace")).ReadAsync<WorkspaceInfo>();
        Assert.Equal("Acme Outdoor", workspace.Name);
        Assert.Equal(WorkspaceRole.Administrator, workspace.Me.Role);
        Assert.Equal(email, workspace.Me.DisplayName);
        var members = await (await client.GetAsync("/api/v1/members")).ReadAsync<List<MemberInfo>>();
        Assert.Equal(email, Assert.Single(members).Email);
    }

    [Fact]
    public async Task RegisteringWithAnEmailInUseCreatesNoSecondWorkspace()
    {
        var existing = await factory.CreateWorkspaceAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PortalFactory.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Workspace"] = "Copycat",
            ["Input.Email"] = existing.Email,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is already taken", await response.Content.ReadAsStringAsync());
        var copies = factory.Scoped(s => s.GetRequiredService<Pipe17Portal.Data.PortalDbContext>().Workspaces.Count(w => w.Name == "Copycat"));
        Assert.Equal(0, copies);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        var member = await factory.CreateWorkspaceAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await PortalFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = member.Email, ["Input.Password"] = "Wrong-Pass1" });
        }

        var response = await PortalFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = member.Email, ["Input.Password"] = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/Account/Lockout", response.Headers.Location?.ToString());
    }
}
