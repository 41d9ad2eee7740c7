using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Operations.Bench;

/// <summary>What a merchant's browser does, over real HTTP: sign in, add a TikTok connection, Use sandbox, Connect, Authorize.</summary>
public sealed class BenchBrowser(Uri baseUri) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = baseUri,
        // The header the portal's pages send: cookie-authenticated API writes need it.
        DefaultRequestHeaders = { { PortalRequestHeader.Name, PortalRequestHeader.Value } },
    };

    public HttpClient Http => http;

    /// <summary>A merchant who has just registered a workspace (straight through the registration service) and signed in.</summary>
    public static async Task<BenchBrowser> ForNewWorkspaceAsync(WebApplication app, Uri baseUri, CancellationToken ct)
    {
        const string password = "Bench-Pass1";
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<Features.Workspaces.WorkspaceRegistration>().RegisterAsync(email, password, "Bench", ct);
            _ = user ?? throw new InvalidOperationException(string.Join(" ", errors));
        }
        var browser = new BenchBrowser(baseUri);
        await browser.SignInAsync(email, password);
        return browser;
    }

    public async Task SignInAsync(string email, string password)
    {
        var page = await http.GetStringAsync("/Account/Login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }
    }

    public async Task<Guid> AddSandboxShopAsync()
    {
        var connection = await ReadAsync<ConnectionSummary>(await http.PostAsJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Bench shop"), PortalJson.Options));
        await ReadAsync<TikTokSettingsView>(await http.PostAsync($"/api/v1/connections/{connection.Id}/tiktok/use-sandbox", null));
        return connection.Id;
    }

    public async Task<Guid> AddSandboxSfccAsync()
    {
        var connection = await ReadAsync<ConnectionSummary>(await http.PostAsJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "Bench SFCC"), PortalJson.Options));
        var view = await ReadAsync<SfccSettingsView>(await http.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null));
        return view.Status == ConnectionStatus.Connected ? connection.Id : throw new InvalidOperationException($"Use sandbox did not connect: {view.StatusMessage}");
    }

    /// <summary>Runs Connect; returns how many checks passed.</summary>
    public async Task<int> ConnectSfccAsync(Guid connectionId)
    {
        var view = await ReadAsync<SfccSettingsView>(await http.PostAsync($"/api/v1/connections/{connectionId}/sfcc/connect", null));
        return view.Status == ConnectionStatus.Connected ? view.Checks.Count : throw new InvalidOperationException($"Connect failed: {view.StatusMessage}");
    }

    public async Task ConnectAsync(Guid connectionId)
    {
        var start = await ReadAsync<TikTokAuthorizeStart>(await http.PostAsync($"/api/v1/connections/{connectionId}/tiktok/authorize", null));
        var consent = new Uri(start.AuthorizeUrl);
        var query = QueryHelpers.ParseQuery(consent.Query);
        // The consent page is the sandbox's: the portal's own address, or another process's (Sandbox:BaseUrl, the soak).
        var decision = await http.PostAsync(consent.GetLeftPart(UriPartial.Path), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_id"] = query["service_id"]!,
            ["state"] = query["state"]!,
            ["decision"] = "authorize",
        }));
        var back = await http.GetAsync(decision.Headers.Location!.PathAndQuery);
        if (back.Headers.Location?.ToString().Contains("connected=", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Connect failed: {back.Headers.Location}");
        }
    }

    public async Task<T> PutAsync<T>(string path, object body) =>
        await ReadAsync<T>(await http.PutAsJsonAsync(path, body, PortalJson.Options));

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? System.Text.Json.JsonSerializer.Deserialize<T>(body, PortalJson.Options)!
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
    }

    public void Dispose() => http.Dispose();
}
