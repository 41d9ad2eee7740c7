using System.Net;
using Microsoft.AspNetCore.Hosting;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

/// <summary>The portal with tiny limits, so a few attempts from one address reach them.</summary>
public sealed class RateLimitedFactory : PortalFactory
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var policy in new[] { "SignIn", "Registration", "ForgotPassword", "Webhooks" })
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", Limit.ToString());
            builder.UseSetting($"RateLimits:{policy}:WindowSeconds", "3600");
        }
    }
}

/// <summary>Sign-in, registration, *Forgot password* and the TikTok webhook refuse a flood from one address with a 429 that says why.</summary>
public class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task SignInAttemptsBeyondTheLimitAreRefusedWithAMessage()
    {
        var member = await factory.CreateWorkspaceAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var fields = new Dictionary<string, string> { ["Input.Email"] = member.Email, ["Input.Password"] = "Wrong-Pass1" };
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PortalFactory.PostFormAsync(client, "/Account/Login", "login", fields)).StatusCode);
        }

        var refused = await PortalFactory.PostFormAsync(client, "/Account/Login", "login", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter is not null, "A 429 says when to try again.");
        // The page itself still opens: only submitting the form is limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task ForgotPasswordBeyondTheLimitIsRefused()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var fields = new Dictionary<string, string> { ["Input.Email"] = $"x-{Guid.NewGuid():N}@example.com" };
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PortalFactory.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", fields)).StatusCode);
        }

        var refused = await PortalFactory.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many password-reset requests", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RegistrationsBeyondTheLimitAreRefused()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Task<HttpResponseMessage> Register() => PortalFactory.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Workspace"] = "Flood Co",
            ["Input.Email"] = "not an email",
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Register()).StatusCode);
        }

        var refused = await Register();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many registrations", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WebhooksBeyondTheLimitAreRefusedWithAProblem()
    {
        var client = factory.CreateClient();
        var path = $"/webhooks/tiktok/{Guid.NewGuid()}";
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync(path, new StringContent("{}"))).StatusCode);
        }

        var refused = await client.PostAsync(path, new StringContent("{}"));

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("RateLimits:Webhooks", problem.Detail);
    }
}
