using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Components.Account;

/// <summary>Links the portal mails point at `Portal:PublicBaseUrl`, whatever Host header the request that caused them carried.</summary>
public class AccountLinkTests(AccountMailFactory factory) : IClassFixture<AccountMailFactory>
{
    private HttpClient ForgedHostClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false });

    [Fact]
    public async Task ForgotPasswordWithAForgedHostMailsALinkToThePublicAddress()
    {
        var member = await factory.CreateWorkspaceAsync();

        var response = await PortalFactory.PostFormAsync(ForgedHostClient(), "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = member.Email });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = factory.LinkMailedTo(member.Email);
        Assert.StartsWith($"{AccountMailFactory.PublicBaseUrl}/Account/ResetPassword?code=", link);
        Assert.DoesNotContain("attacker", link);
    }

    [Fact]
    public async Task RegisteringWithAForgedHostMailsAConfirmationLinkToThePublicAddress()
    {
        var email = $"owner-{Guid.NewGuid():N}@example.com";

        await PortalFactory.PostFormAsync(ForgedHostClient(), "/Account/Register", "register", new()
        {
            ["Input.Workspace"] = "Forged Host Co",
            ["Input.Email"] = email,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });

        Assert.StartsWith($"{AccountMailFactory.PublicBaseUrl}/Account/ConfirmEmail?userId=", factory.LinkMailedTo(email));
    }

    [Fact]
    public async Task AnInvitationSentFromAForgedHostLinksToThePublicAddress()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);
        client.DefaultRequestHeaders.Host = "attacker.example";
        var email = $"invitee-{Guid.NewGuid():N}@example.com";

        (await client.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest(email, WorkspaceRole.User))).EnsureSuccessStatusCode();

        Assert.StartsWith($"{AccountMailFactory.PublicBaseUrl}/Account/AcceptInvitation?token=", factory.LinkMailedTo(email));
    }
}

/// <summary>Without a configured public address (Development) links use the server's own address, still never the request's Host.</summary>
public class AccountLinkWithoutPublicUrlTests(AccountMailWithoutPublicUrlFactory factory) : IClassFixture<AccountMailWithoutPublicUrlFactory>
{
    [Fact]
    public async Task ForgotPasswordWithAForgedHostMailsALinkToTheServersOwnAddress()
    {
        var member = await factory.CreateWorkspaceAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false });

        await PortalFactory.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = member.Email });

        // The in-memory test server listens nowhere, so the server's own address is http://localhost.
        Assert.StartsWith("http://localhost/Account/ResetPassword?code=", factory.LinkMailedTo(member.Email));
    }
}
