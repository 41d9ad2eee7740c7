using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Pipe17Portal.E2E;

/// <summary>
/// The real portal on Kestrel (loopback, a free port) in Development, so static web assets and the WebAssembly
/// runtime are served, with its own temporary databases; plus one headless Debian Chromium for all tests.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string directory = Directory.CreateTempSubdirectory("p17-e2e-").FullName;
    private IPlaywright? playwright;

    public string Url { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Plain HTTP calls outside the browser, like a merchant's script would make.</summary>
    public IAPIRequest ApiRequests => playwright!.APIRequest;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(directory, "portal.db")}");
        builder.UseSetting("Sandbox:ConnectionString", $"Data Source={Path.Combine(directory, "sandbox.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // All journeys sign in from loopback, many times a minute.
        foreach (var policy in new[] { "SignIn", "Registration", "ForgotPassword", "Webhooks" })
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000");
        }
    }

    public async Task InitializeAsync()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Url = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (./test.sh does this).");
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from reaching out at start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Url });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }
}
