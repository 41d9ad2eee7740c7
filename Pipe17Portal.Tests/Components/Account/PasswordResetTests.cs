using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Components.Account;

/// <summary>
/// Policy: signing in does not need a confirmed address, and a password-reset link proves the address, so *Forgot password*
/// works for every account and a successful reset also confirms the email.
/// </summary>
public class PasswordResetTests(AccountMailFactory factory) : IClassFixture<AccountMailFactory>
{
    private const string NewPassword = "Brand-New-Pass2";

    [Fact]
    public async Task AnUnconfirmedMemberResetsThePasswordAndTheAddressIsConfirmed()
    {
        var member = await factory.CreateWorkspaceAsync();
        Assert.False(await IsConfirmedAsync(member.Email));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        await PortalFactory.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = member.Email });
        var link = new Uri(factory.LinkMailedTo(member.Email));
        var page = await client.GetStringAsync(link.PathAndQuery);
        var code = WebUtility.HtmlDecode(Regex.Match(page, "name=\"Input.Code\" value=\"([^\"]+)\"").Groups[1].Value);
        var reset = await PortalFactory.PostFormAsync(client, link.PathAndQuery, "reset-password", new()
        {
            ["Input.Email"] = member.Email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
            ["Input.Code"] = code,
        });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.EndsWith("/Account/ResetPasswordConfirmation", reset.Headers.Location?.ToString());
        Assert.True(await IsConfirmedAsync(member.Email));
        var signIn = await PortalFactory.PostFormAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), "/Account/Login", "login",
            new() { ["Input.Email"] = member.Email, ["Input.Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task ForgotPasswordForAnUnknownAddressSendsNothingAndSaysTheSame()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.com";
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PortalFactory.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = email });

        Assert.EndsWith("/Account/ForgotPasswordConfirmation", response.Headers.Location?.ToString());
        Assert.Empty(factory.Email.To(email));
    }

    [Fact]
    public async Task TheConfirmationPageTellsWhereTheMailWentAndWhatToDoIfNoneArrives()
    {
        var page = await factory.CreateClient().GetStringAsync("/Account/ForgotPasswordConfirmation");

        Assert.Contains("If an account uses that address", page);
        Assert.Contains("spam", page);
    }

    private Task<bool> IsConfirmedAsync(string email) => factory.ScopedAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.IsEmailConfirmedAsync((await users.FindByEmailAsync(email))!);
    });
}
