using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Security;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>
/// The real portal on TestServer with its own temporary SQLite files (portal and sandbox), sandbox on.
/// One instance per test class; every test creates its own workspaces, so tests do not see each other's rows.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string Password = "Sandbox-Pass1";
    private readonly string directory = Directory.CreateTempSubdirectory("p17-tests-").FullName;

    public string PortalDatabasePath => Path.Combine(directory, "portal.db");

    protected virtual bool SandboxEnabled => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={PortalDatabasePath}");
        builder.UseSetting("Sandbox:Enabled", SandboxEnabled.ToString());
        builder.UseSetting("Sandbox:ConnectionString", $"Data Source={Path.Combine(directory, "sandbox.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs in from the same (absent) address; RateLimitTests checks the limits with small ones of its own.
        foreach (var policy in new[] { "SignIn", "Registration", "ForgotPassword", "Webhooks" })
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000");
        }
        // The portal reaches its sandbox over HTTP; in tests that HTTP is the in-memory test server itself.
        builder.ConfigureServices(services => services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(
            provider => ((Microsoft.AspNetCore.TestHost.TestServer)provider.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()).CreateHandler())));
    }

    public T Scoped<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    public async Task<T> ScopedAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Waits (up to 30 s) until no job run of the connection is in progress: Connect and webhooks start runs in the background.</summary>
    public async Task WaitForQuietAsync(Guid connectionId)
    {
        for (var i = 0; i < 300; i++)
        {
            await Task.Delay(100);
            var running = await ScopedAsync(s => s.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters()
                .AnyAsync(r => r.ConnectionId == connectionId && r.Status == Pipe17Portal.Client.Api.Contracts.SyncRunStatus.Running));
            if (!running)
            {
                return;
            }
        }
    }

    /// <summary>Registers a new workspace and its Administrator, as the sign-up page does.</summary>
    public async Task<TestMember> CreateWorkspaceAsync(string? name = null)
    {
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        var workspace = name ?? $"Workspace {Guid.NewGuid():N}"[..20];
        var user = await ScopedAsync(async s =>
        {
            var (created, errors) = await s.GetRequiredService<WorkspaceRegistration>().RegisterAsync(email, Password, workspace);
            return created ?? throw new InvalidOperationException(string.Join(" ", errors));
        });
        return new TestMember(user.Id, email, user.WorkspaceId, WorkspaceRole.Administrator);
    }

    /// <summary>Adds a member with the given role to an existing workspace.</summary>
    public async Task<TestMember> AddMemberAsync(Guid workspaceId, WorkspaceRole role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var user = new ApplicationUser { UserName = email, Email = email, WorkspaceId = workspaceId, Role = role, JoinedAt = DateTimeOffset.UtcNow };
        await ScopedAsync(async s =>
        {
            var result = await s.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, Password);
            return result.Succeeded ? result : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        });
        return new TestMember(user.Id, email, workspaceId, role);
    }

    /// <summary>
    /// An HTTP client signed in through the real sign-in form (antiforgery token included), holding the Identity cookie and
    /// sending the header the API requires on cookie-authenticated writes, as the portal's pages do.
    /// </summary>
    public async Task<HttpClient> SignInAsync(TestMember member)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", "login", new()
        {
            ["Input.Email"] = member.Email,
            ["Input.Password"] = Password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {member.Email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        client.DefaultRequestHeaders.Add(PortalRequestHeader.Name, PortalRequestHeader.Value);
        return client;
    }

    /// <summary>A client that authenticates with a new API key of the member's workspace, created with the given role.</summary>
    public async Task<(HttpClient Client, ApiKeyCreated Key)> ApiKeyClientAsync(TestMember creator, WorkspaceRole role)
    {
        var key = await ScopedAsync(s =>
        {
            s.GetRequiredService<CurrentMember>().ActAs(new Member(creator.WorkspaceId, creator.UserId, null, creator.Email, creator.Role));
            return s.GetRequiredService<IApiKeysApi>().CreateAsync(new CreateApiKeyRequest($"key {Guid.NewGuid():N}", role));
        });
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key.Secret);
        return (client, key);
    }

    /// <summary>Submits a static-SSR Blazor form the way a browser does: GET the page, then POST its antiforgery token and fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task; the OS temp cleaner takes it.
        }
    }
}

public sealed record TestMember(string UserId, string Email, Guid WorkspaceId, WorkspaceRole Role);

public static class HttpAssertions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(body, PortalJson.Options)!;
    }

    public static async Task<ProblemBody> ReadProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return System.Text.Json.JsonSerializer.Deserialize<ProblemBody>(body, PortalJson.Options)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string path, T body) =>
        client.PostAsJsonAsync(path, body, PortalJson.Options);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string path, T body) =>
        client.PutAsJsonAsync(path, body, PortalJson.Options);
}

public sealed record ProblemBody(int Status, string Title, string Detail, Dictionary<string, string[]>? Errors);
