using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

/// <summary>
/// Workspace A must never see or touch workspace B's rows. The endpoints are enumerated from the running app, so an
/// endpoint added later is covered without changing this test.
/// </summary>
public class TenantIsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task NoApiEndpointReturnsOrChangesAnotherWorkspacesRows()
    {
        var a = await factory.CreateWorkspaceAsync("Workspace A");
        var b = await factory.CreateWorkspaceAsync("Workspace B");
        await GiveSandboxShopAsync(a);
        await GiveSandboxShopAsync(b);
        var secrets = await SeedAsync(b);
        var bIds = await IdsOfAsync(b.WorkspaceId);
        var before = await SnapshotAsync(b.WorkspaceId);

        var clients = new Dictionary<string, HttpClient>
        {
            ["A's cookie"] = await factory.SignInAsync(a),
            ["A's API key"] = (await factory.ApiKeyClientAsync(a, WorkspaceRole.Administrator)).Client,
        };
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count(e => e.Route.Contains('{')) >= 6, "The enumeration found too few endpoints with ids to be meaningful.");

        foreach (var (who, client) in clients)
        {
            foreach (var (method, route) in endpoints)
            {
                if (!route.Contains('{'))
                {
                    if (method == "GET")
                    {
                        var body = await (await client.GetAsync(route)).Content.ReadAsStringAsync();
                        foreach (var leak in bIds.Values.SelectMany(v => v).Concat(secrets))
                        {
                            Assert.False(body.Contains(leak, StringComparison.OrdinalIgnoreCase), $"{who}: GET {route} returned B's '{leak}'.");
                        }
                    }
                    continue;
                }
                foreach (var id in bIds.Values.SelectMany(v => v))
                {
                    if (route.Contains(":guid}") && !Guid.TryParse(id, out _))
                    {
                        continue; // cannot even match the route
                    }
                    var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", id);
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method is "POST" or "PUT" or "PATCH")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }
                    var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: {method} {path} answered {(int)response.StatusCode}: {body}");
                    foreach (var leak in secrets)
                    {
                        Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
                    }
                }
            }
        }

        Assert.Equal(before, await SnapshotAsync(b.WorkspaceId));
    }

    /// <summary>Both workspaces have a sandbox shop, so sandbox endpoints answer for the row asked, not for a missing shop.</summary>
    private async Task GiveSandboxShopAsync(TestMember member)
    {
        var created = await factory.CreateClient().PostAsync("/sandbox/_control/accounts", null);
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var workspace = await db.Workspaces.SingleAsync(w => w.Id == member.WorkspaceId);
            workspace.SandboxAccountId = id;
            return await db.SaveChangesAsync();
        });
    }

    private List<(string Method, string Route)> ApiEndpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(ApiExtensions.Version1, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'))))
            .Distinct()];

    /// <summary>Gives B one row of every kind, and returns the names that must never show up for A.</summary>
    private async Task<List<string>> SeedAsync(TestMember b)
    {
        var admin = await factory.SignInAsync(b);
        await admin.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "B secret shop"));
        await admin.PostJsonAsync("/api/v1/invitations", new InviteMemberRequest("b-invitee@example.com", WorkspaceRole.User));
        await factory.AddMemberAsync(b.WorkspaceId, WorkspaceRole.Developer);
        var (_, key) = await factory.ApiKeyClientAsync(b, WorkspaceRole.User);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.SyncRuns.Add(new Pipe17Portal.Sync.SyncRun { WorkspaceId = b.WorkspaceId, Flow = "B flow", StartedAt = DateTimeOffset.UtcNow });
            db.Notifications.Add(new Pipe17Portal.Features.Alerts.Notification
            {
                WorkspaceId = b.WorkspaceId, Kind = NotificationKind.ConnectionProblem, Severity = NotificationSeverity.Error, FoldKey = "ConnectionProblem:b",
                Title = "B notification", Message = "B alert message", FirstSeenAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow,
            });
            db.SupportRequests.Add(new Pipe17Portal.Features.Support.SupportRequest
            {
                WorkspaceId = b.WorkspaceId, Reference = $"SR-B-{Guid.NewGuid():N}"[..20], Subject = "B support subject", Description = "B description",
                ContactEmail = b.Email, CreatedBy = b.Email, CreatedAt = DateTimeOffset.UtcNow, BundleJson = "{}", SentTo = "support@pipe17.com",
            });
            return await db.SaveChangesAsync();
        });
        return ["B secret shop", "b-invitee@example.com", key.Key.Name, key.Secret, "B flow", "Workspace B", b.Email, "B alert message", "B support subject"];
    }

    private Task<Dictionary<string, List<string>>> IdsOfAsync(Guid workspaceId) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        return new Dictionary<string, List<string>>
        {
            ["connections"] = await db.Connections.IgnoreQueryFilters().Where(c => c.WorkspaceId == workspaceId).Select(c => c.Id.ToString()).ToListAsync(),
            ["api keys"] = await db.ApiKeys.IgnoreQueryFilters().Where(k => k.WorkspaceId == workspaceId).Select(k => k.Id.ToString()).ToListAsync(),
            ["invitations"] = await db.Invitations.IgnoreQueryFilters().Where(i => i.WorkspaceId == workspaceId).Select(i => i.Id.ToString()).ToListAsync(),
            ["sync runs"] = await db.SyncRuns.IgnoreQueryFilters().Where(r => r.WorkspaceId == workspaceId).Select(r => r.Id.ToString()).ToListAsync(),
            ["members"] = await db.Users.Where(u => u.WorkspaceId == workspaceId).Select(u => u.Id).ToListAsync(),
            ["notifications"] = await db.Notifications.IgnoreQueryFilters().Where(n => n.WorkspaceId == workspaceId).Select(n => n.Id.ToString()).ToListAsync(),
            ["support requests"] = await db.SupportRequests.IgnoreQueryFilters().Where(r => r.WorkspaceId == workspaceId).Select(r => r.Id.ToString()).ToListAsync(),
        };
    });

    private Task<string> SnapshotAsync(Guid workspaceId) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connections = await db.Connections.IgnoreQueryFilters().Where(c => c.WorkspaceId == workspaceId).Select(c => c.DisplayName).ToListAsync();
        var keys = await db.ApiKeys.IgnoreQueryFilters().Where(k => k.WorkspaceId == workspaceId).Select(k => k.Name + k.RevokedAt).ToListAsync();
        var invitations = await db.Invitations.IgnoreQueryFilters().Where(i => i.WorkspaceId == workspaceId).Select(i => i.Email).ToListAsync();
        var members = await db.Users.Where(u => u.WorkspaceId == workspaceId).Select(u => u.Email + u.Role).ToListAsync();
        var workspace = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync();
        return string.Join("|", connections.Concat(keys).Concat(invitations).Concat(members.Order()).Append(workspace));
    });
}
