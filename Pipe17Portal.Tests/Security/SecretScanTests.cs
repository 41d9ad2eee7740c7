using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Features.SandboxConsole;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Security;

/// <summary>
/// A full sandbox flow (TikTok and Salesforce connected, catalog pulled, an order pushed, checks run, a support request
/// sent), then a search for every secret it used in everything a person or an operator can see: each API response, each
/// log line (with exceptions), and the portal's database files (timeline, audit log, exceptions, sync runs, notifications,
/// support requests and their diagnostic bundles; secrets themselves are stored encrypted or hashed, so never in clear).
/// </summary>
public class SecretScanTests(LogCapturingPortalFactory factory, ITestOutputHelper output) : IClassFixture<LogCapturingPortalFactory>
{
    [Fact]
    public async Task NoSecretAppearsInAnyResponseLogLineOrStoredRecord()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();
        var browser = sandbox.Browser;
        var (keyClient, key) = await factory.ApiKeyClientAsync(sandbox.Shop.Owner, WorkspaceRole.Developer);
        var bodies = new List<(string What, string Body)>();
        async Task Fetch(HttpClient client, HttpMethod method, string path, HttpContent? content = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content };
            var response = await client.SendAsync(request);
            bodies.Add(($"{method} {path} → {(int)response.StatusCode}", await response.Content.ReadAsStringAsync()));
        }

        await Fetch(browser, HttpMethod.Post, "/api/v1/checks/run");
        await Fetch(browser, HttpMethod.Post, "/api/v1/support/requests", Json(new SupportRequestForm { Subject = "Orders do not arrive", Description = "Please look at my setup." }));
        await Fetch(browser, HttpMethod.Post, $"/api/v1/connections/{sandbox.SfccId}/sfcc/test-order/dry-run", Json(new { }));
        // Every GET of the API the workspace can answer, with each of its ids, as the person and as the key.
        var ids = await IdsAsync(sandbox);
        // The diagnostic bundle (the export a merchant downloads and support receives) is one of these GETs.
        foreach (var path in GetPaths(ids))
        {
            await Fetch(browser, HttpMethod.Get, path);
            await Fetch(keyClient, HttpMethod.Get, path);
        }
        // The pages a person opens (server-rendered HTML).
        foreach (var page in new[] { "/", "/integrations", $"/integrations/{sandbox.SfccId}", $"/integrations/{sandbox.Shop.ConnectionId}", "/orders", "/settings/api-keys", "/settings/audit-log", "/support", "/troubleshooting", $"/orders/{ids.Order}" })
        {
            await Fetch(browser, HttpMethod.Get, page);
        }

        var secrets = await SecretsAsync(sandbox, key.Secret);
        Assert.True(secrets.Count >= 9, $"Expected the nine secrets of the flow, found {secrets.Count}.");
        var stored = DatabaseText();
        var hits = new List<string>();
        foreach (var (name, value) in secrets)
        {
            hits.AddRange(bodies.Where(b => b.Body.Contains(value, StringComparison.Ordinal)).Select(b => $"{name} in the response to {b.What}"));
            hits.AddRange(factory.Logs.Lines.Where(l => l.Message.Contains(value, StringComparison.Ordinal)).Select(l => $"{name} in log line: {Shorten(l.Message)}"));
            if (stored.Contains(value, StringComparison.Ordinal))
            {
                hits.Add($"{name} in the portal database in clear");
            }
        }

        // The scan can find things: what it reads holds values of the flow that are not secret.
        var organization = (await (await browser.GetAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc")).ReadAsync<SfccSettingsView>()).OrganizationId;
        Assert.Contains(organization, stored);
        Assert.Contains(factory.Logs.Lines, l => l.Message.Contains(sandbox.SfccId.ToString(), StringComparison.Ordinal) || l.Message.Contains(sandbox.Shop.ConnectionId.ToString(), StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Body.Contains(organization, StringComparison.Ordinal));
        output.WriteLine($"Scanned {bodies.Count} responses, {factory.Logs.Lines.Count} log lines and {stored.Length:N0} characters of database for {secrets.Count} secrets: {hits.Count} hit(s).");
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits.Distinct().Take(30)));
    }

    private static HttpContent Json<T>(T body) => System.Net.Http.Json.JsonContent.Create(body, options: Pipe17Portal.Client.Api.PortalJson.Options);

    private static string Shorten(string line) => line.Length > 400 ? line[..400] + "…" : line;

    private sealed record Ids(Guid TikTok, Guid Sfcc, Guid Order, Guid Product);

    private async Task<Ids> IdsAsync(OrderPushSandbox sandbox) => await factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var order = await db.Orders.IgnoreQueryFilters().Where(o => o.SourceConnectionId == sandbox.Shop.ConnectionId).Select(o => o.Id).FirstAsync();
        var product = await db.Products.IgnoreQueryFilters().Where(p => p.SourceConnectionId == sandbox.SfccId).Select(p => p.Id).FirstAsync();
        return new Ids(sandbox.Shop.ConnectionId, sandbox.SfccId, order, product);
    });

    /// <summary>The API's GET routes with their parameters filled from the flow's ids (routes needing other values are skipped).</summary>
    private IEnumerable<string> GetPaths(Ids ids)
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct();
        foreach (var route in routes)
        {
            var template = System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", m => "{" + m.Groups[1].Value + "}");
            var candidates = template.Contains("/connections/{id}/tiktok", StringComparison.Ordinal) ? [template.Replace("{id}", ids.TikTok.ToString())]
                : template.Contains("/connections/{id}/sfcc", StringComparison.Ordinal) ? [template.Replace("{id}", ids.Sfcc.ToString())]
                : template.Contains("/connections/{id}", StringComparison.Ordinal) ? [template.Replace("{id}", ids.TikTok.ToString()), template.Replace("{id}", ids.Sfcc.ToString())]
                : template.Contains("/orders/{id}", StringComparison.Ordinal) ? [template.Replace("{id}", ids.Order.ToString())]
                : template.Contains("/products/{productId}", StringComparison.Ordinal) ? [template.Replace("{productId}", ids.Product.ToString())]
                : template.Contains("/products/{id}", StringComparison.Ordinal) ? [template.Replace("{id}", ids.Product.ToString())]
                : template.Contains("{tiktokConnectionId}", StringComparison.Ordinal) ? [template.Replace("{tiktokConnectionId}", ids.TikTok.ToString())]
                : new[] { template };
            foreach (var path in candidates.Where(p => !p.Contains('{')))
            {
                yield return path;
            }
        }
    }

    /// <summary>Every secret of the flow, by name: the sandbox's credentials as it issued them, TikTok's tokens, the user's password, the key.</summary>
    private async Task<IReadOnlyList<(string Name, string Value)>> SecretsAsync(OrderPushSandbox sandbox, string apiKey) => await factory.ScopedAsync(async s =>
    {
        var account = await s.GetRequiredService<SandboxControlClient>().Api.GetAccountAsync(sandbox.Shop.AccountId, CancellationToken.None);
        var sfcc = account.Sfcc!;
        var tokens = await s.GetRequiredService<ITikTokTokenStore>().GetAsync(sandbox.Shop.ConnectionId, CancellationToken.None);
        return (IReadOnlyList<(string, string)>)
        [
            ("SFCC B2C API client password", sfcc.B2cApiClientPassword),
            ("SFCC Shop API client password", sfcc.ShopApiClientPassword),
            ("SFCC OCAPI client password", sfcc.OcapiClientPassword),
            ("SFCC Business Manager password", sfcc.BusinessManagerPassword),
            ("TikTok app secret", account.Tiktok.AppSecret),
            ("TikTok access token", tokens!.AccessToken),
            ("TikTok refresh token", tokens.RefreshToken),
            ("portal user password", PortalFactory.Password),
            ("API key", apiKey),
        ];
    });

    /// <summary>The portal's database as text, including the write-ahead log not yet checkpointed.</summary>
    private string DatabaseText()
    {
        var text = new StringBuilder();
        foreach (var path in new[] { factory.PortalDatabasePath, factory.PortalDatabasePath + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            text.Append(Encoding.UTF8.GetString(memory.ToArray()));
        }
        return text.ToString();
    }
}
