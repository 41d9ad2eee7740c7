using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

/// <summary>
/// The portal as Production runs it behind a TLS proxy: public address configured, no mail server, every request arriving
/// from the proxy at 10.0.0.2 (a known proxy by configuration).
/// </summary>
public class ProductionPortalFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://portal.example.com";
    public const string ProxyAddress = "10.0.0.2";

    public LogCapture Logs { get; } = new();

    protected override bool SandboxEnabled => false;

    protected virtual string PublicUrl => PublicBaseUrl;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:PublicBaseUrl", PublicUrl);
        builder.UseSetting("Portal:ForwardedHeaders:KnownProxies:0", ProxyAddress);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, FromProxy>());
    }

    /// <summary>The test server has no peer address; this gives every request the proxy's, before the portal's pipeline.</summary>
    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class ProductionWithoutPublicUrlFactory : ProductionPortalFactory
{
    protected override string PublicUrl => "";
}

public class ProductionHostTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    private HttpClient Client(string baseAddress) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

    [Fact]
    public async Task OnlyThePublicHostAndLoopbackAreServed()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client("http://attacker.example/").GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client("http://portal.example.com/").GetAsync("/Account/Login")).StatusCode);
        // Container health checks and the portal's calls to itself use localhost.
        Assert.Equal(HttpStatusCode.OK, (await Client("http://localhost/").GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task BehindTheTlsProxyResponsesCarryHstsAndCookiesAreSecure()
    {
        var client = Client("http://portal.example.com/");
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HSTS is sent on HTTPS requests.");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WithoutAMailServerTheLogNamesTheRecipientButNotTheLink()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var (client, _) = await factory.ApiKeyClientAsync(admin, WorkspaceRole.Administrator);
        var email = $"invitee-{Guid.NewGuid():N}@example.com";

        var created = await (await client.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest(email, WorkspaceRole.User))).ReadAsync<InvitationCreated>();

        var token = new Uri(created.AcceptLink!).Query;
        var mailLines = factory.Logs.Lines.Where(l => l.Message.Contains(email)).ToList();
        Assert.NotEmpty(mailLines);
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Message.Contains(token));
        Assert.Contains("link removed", mailLines[0].Message);
    }

    [Fact]
    public void StartingWithoutAKeyCertificateWarns()
    {
        _ = factory.Server;

        Assert.Contains(factory.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("DataProtection:CertificatePath"));
    }
}

public class ProductionWithoutPublicUrlTests(ProductionWithoutPublicUrlFactory factory) : IClassFixture<ProductionWithoutPublicUrlFactory>
{
    [Fact]
    public void ProductionRefusesToStartWithoutAPublicAddress()
    {
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Portal:PublicBaseUrl", error.ToString());
    }
}
