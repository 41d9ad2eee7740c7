using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

/// <summary>The portal with a one-second request timeout and a dashboard that never answers.</summary>
public sealed class SlowDashboardFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RequestLimits:TimeoutSeconds", "1");
        builder.ConfigureTestServices(services => services.AddScoped<IDashboardApi, NeverAnsweringDashboard>());
    }

    private sealed class NeverAnsweringDashboard : IDashboardApi
    {
        public async Task<DashboardSummary> GetAsync(CancellationToken ct = default)
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }
    }
}

/// <summary>Request bodies on the API are capped, and a request that runs too long is ended with a clear answer.</summary>
public class RequestLimitTests(SlowDashboardFactory factory) : IClassFixture<SlowDashboardFactory>
{
    [Fact]
    public async Task AnApiBodyOverTheLimitIsRefusedBeforeItIsRead()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);
        var huge = new string('a', 2 * 1024 * 1024);

        var response = await client.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest(huge + "@example.com", WorkspaceRole.User));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1 MB", problem.Detail);
    }

    [Fact]
    public async Task AnApiRequestThatRunsTooLongEndsWith504()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);

        var problem = await (await client.GetAsync("/api/v1/dashboard")).ReadProblemAsync(HttpStatusCode.GatewayTimeout);

        Assert.Contains("RequestLimits:TimeoutSeconds", problem.Detail);
    }
}
