using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Features.SandboxConsole;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox;

/// <summary>
/// The portal on TestServer, where every request looks as if it came over the network from the address in its
/// X-Test-Remote-Ip header (TestServer itself sets none); requests without that header come from 203.0.113.7, a stranger.
/// </summary>
public sealed class RemoteCallersFactory : PortalFactory
{
    public const string Token = "control-token-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sandbox:ControlToken", Token);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, RemoteAddressFilter>());
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers.TryGetValue("X-Test-Remote-Ip", out var ip) ? ip.ToString() : "203.0.113.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public class SandboxControlGuardTests(RemoteCallersFactory factory) : IClassFixture<RemoteCallersFactory>
{
    [Fact]
    public async Task AStrangerCannotUseTheControlApi()
    {
        var created = await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts");
        var orders = await SendAsync(HttpMethod.Post, $"/sandbox/_control/accounts/{Guid.NewGuid()}/tiktok/orders");

        var problem = await created.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("X-Sandbox-Control-Token", problem.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, orders.StatusCode);
    }

    [Fact]
    public async Task TheControlTokenOrALoopbackCallerIsLetIn()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts", token: RemoteCallersFactory.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts", token: "guessed")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts", remote: "127.0.0.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts", remote: "::1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts", remote: "::ffff:127.0.0.1")).StatusCode);
    }

    [Fact]
    public async Task ALoopbackRequestForwardedByAProxyIsNotTakenForLocal()
    {
        var response = await SendAsync(HttpMethod.Post, "/sandbox/_control/accounts", remote: "127.0.0.1", forwardedFor: "198.51.100.4");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ThePortalsOwnConsolesKeepWorkingFromAnyAddress()
    {
        // The portal's own control client goes through the same (here: remote-looking) HTTP path, with its token.
        var account = await factory.ScopedAsync(s => s.GetRequiredService<SandboxControlClient>().Api.CreateAccountAsync(CancellationToken.None));
        var read = await factory.ScopedAsync(s => s.GetRequiredService<SandboxControlClient>().Api.GetAccountAsync(account.Id, CancellationToken.None));

        Assert.Equal(account.Tiktok.ShopId, read.Tiktok.ShopId);
    }

    [Fact]
    public async Task TheEmulatedApisStayOpen()
    {
        // Only the control API is guarded: the emulated TikTok and Salesforce APIs check their own credentials.
        var response = await SendAsync(HttpMethod.Get, "/sandbox/tiktok/open-api/authorization/202309/shops");

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, string? remote = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get ? null : new StringContent("{\"count\":1}", System.Text.Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Add("X-Sandbox-Control-Token", token);
        }
        if (remote is not null)
        {
            request.Headers.Add("X-Test-Remote-Ip", remote);
        }
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return factory.CreateClient().SendAsync(request);
    }
}
