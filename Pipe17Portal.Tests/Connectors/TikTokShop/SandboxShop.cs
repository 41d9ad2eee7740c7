using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop;

/// <summary>A workspace with a TikTok Shop connection connected to a sandbox shop through the real Connect round trip.</summary>
public sealed record SandboxShop(TestMember Owner, HttpClient Browser, Guid ConnectionId, Guid AccountId)
{
    /// <param name="beforeConsent">Adjusts the sandbox account (e.g. token lifetime) before the shop is authorized.</param>
    public static async Task<SandboxShop> ConnectAsync(PortalFactory factory, Func<HttpClient, Guid, Task>? beforeConsent = null)
    {
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Sandbox shop"))).ReadAsync<ConnectionSummary>();
        await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/tiktok/use-sandbox", null)).ReadAsync<TikTokSettingsView>();
        if (beforeConsent is not null)
        {
            await beforeConsent(factory.CreateClient(), AccountOf(factory, owner));
        }
        var start = await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/tiktok/authorize", null)).ReadAsync<TikTokAuthorizeStart>();

        // The seller clicks Authorize on the consent page, then TikTok sends the browser back to the portal.
        var consent = new Uri(start.AuthorizeUrl);
        var query = QueryHelpers.ParseQuery(consent.Query);
        var decision = await browser.PostAsync(consent.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_id"] = query["service_id"]!,
            ["state"] = query["state"]!,
            ["decision"] = "authorize",
        }));
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        var back = await browser.GetAsync(decision.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains("connected=", back.Headers.Location!.ToString());

        var settings = await (await browser.GetAsync($"/api/v1/connections/{connection.Id}/tiktok")).ReadAsync<TikTokSettingsView>();
        Assert.Equal(ConnectionStatus.Connected, settings.Status);
        return new SandboxShop(owner, browser, connection.Id, AccountOf(factory, owner));
    }

    private static Guid AccountOf(PortalFactory factory, TestMember owner) =>
        factory.Scoped(s => s.GetRequiredService<Pipe17Portal.Data.PortalDbContext>().Workspaces.Single(w => w.Id == owner.WorkspaceId).SandboxAccountId!.Value);

    public async Task<IReadOnlyList<string>> CreateOrdersAsync(HttpClient control, int count, string status, object? skus = null)
    {
        var response = await control.PostAsJsonAsync($"/sandbox/_control/accounts/{AccountId}/tiktok/orders", new { count, status, skus });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("order_ids").EnumerateArray().Select(e => e.GetString()!)];
    }

    public async Task CancelAsync(HttpClient control, string orderId)
    {
        var response = await control.PostAsJsonAsync($"/sandbox/_control/accounts/{AccountId}/tiktok/orders/{orderId}/cancel", new { initiator = "BUYER", reason = "Ordered by mistake" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>What the emulator holds: order id → (status, units per SKU).</summary>
    public async Task<Dictionary<string, (string Status, Dictionary<string, int> Skus)>> EmulatorOrdersAsync(HttpClient control)
    {
        var result = new Dictionary<string, (string, Dictionary<string, int>)>();
        for (var page = 1; ; page++)
        {
            using var document = JsonDocument.Parse(await control.GetStringAsync($"/sandbox/_control/accounts/{AccountId}/tiktok/orders?page={page}&page_size=100"));
            var orders = document.RootElement.GetProperty("orders").EnumerateArray().ToList();
            foreach (var o in orders)
            {
                result[o.GetProperty("id").GetString()!] = (o.GetProperty("status").GetString()!,
                    o.GetProperty("skus").EnumerateArray().ToDictionary(s => s.GetProperty("seller_sku").GetString()!, s => s.GetProperty("quantity").GetInt32()));
            }
            if (orders.Count < 100)
            {
                return result;
            }
        }
    }
}
