using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Connect;

/// <summary>Each way Connect can go wrong ends with a message that names the cause and the fix.</summary>
public class TikTokConnectTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CancellingOnTheConsentPageLeavesTheShopNotConnectedAndSaysHowToRetry()
    {
        var (browser, connectionId) = await SandboxConnectionAsync();

        var landing = await ConsentAsync(browser, connectionId, "cancel");

        Assert.Contains("problem=", landing);
        var view = await ViewAsync(browser, connectionId);
        Assert.Equal(ConnectionStatus.NotConnected, view.Status);
        Assert.Contains("cancelled", view.StatusMessage);
        Assert.Contains("Click Connect", view.StatusMessage);
    }

    [Fact]
    public async Task AStateFromAnotherSessionIsRefused()
    {
        var (browser, connectionId) = await SandboxConnectionAsync();
        var start = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/tiktok/authorize", null)).ReadAsync<TikTokAuthorizeStart>();
        var state = QueryHelpers.ParseQuery(new Uri(start.AuthorizeUrl).Query)["state"].ToString();
        var stranger = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var forged = await stranger.GetAsync($"/integrations/tiktok/callback?code=anything&state={state}");
        var replayed = await browser.GetAsync($"/integrations/tiktok/callback?code=anything&state={Uri.EscapeDataString(state + "x")}");

        Assert.Contains("state mismatch", WebUtility.UrlDecode(forged.Headers.Location!.ToString()));
        Assert.Contains("state mismatch", WebUtility.UrlDecode(replayed.Headers.Location!.ToString()));
        Assert.Equal(ConnectionStatus.NotConnected, (await ViewAsync(browser, connectionId)).Status);
    }

    [Fact]
    public async Task AWrongAppSecretIsNamedAsTheCause()
    {
        var (browser, connectionId) = await SandboxConnectionAsync();
        var view = await ViewAsync(browser, connectionId);
        await (await browser.PutJsonAsync($"/api/v1/connections/{connectionId}/tiktok",
            new TikTokSettingsUpdate(view.AppKey, "0000000000000000000000000000000000000000", view.ServiceId, view.Region, true, true, true, 0))).ReadAsync<TikTokSettingsView>();

        await ConsentAsync(browser, connectionId, "authorize");

        var after = await ViewAsync(browser, connectionId);
        Assert.Equal(ConnectionStatus.Error, after.Status);
        Assert.Contains("App secret", after.StatusMessage);
    }

    [Fact]
    public async Task DisconnectStopsEveryFlowAndKeepsTheSettings()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var jobs = factory.Services.GetRequiredService<ConnectionJobs>();
        Assert.Contains(TikTokOrderPullJob.Flow, await jobs.ScheduledFlowsAsync(shop.ConnectionId));

        var view = await (await shop.Browser.PostAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok/disconnect", null)).ReadAsync<TikTokSettingsView>();

        Assert.Equal(ConnectionStatus.NotConnected, view.Status);
        Assert.Null(view.ShopName);
        Assert.NotEmpty(view.AppKey);
        Assert.Empty(await jobs.ScheduledFlowsAsync(shop.ConnectionId));
    }

    [Fact]
    public async Task SettingsAreValidatedFieldByFieldAndTheSecretIsNeverSentBack()
    {
        var (browser, connectionId) = await SandboxConnectionAsync();

        var problem = await (await browser.PutJsonAsync($"/api/v1/connections/{connectionId}/tiktok",
            new TikTokSettingsUpdate("bad key!", "", "12ab", "XX", true, true, true, 5000))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var body = await browser.GetStringAsync($"/api/v1/connections/{connectionId}/tiktok");

        Assert.Equal(["appKey", "appSecret", "orderHoldMinutes", "region", "serviceId"], problem.Errors!.Keys.Order());
        Assert.Contains("\"appSecretSet\":true", body);
        Assert.DoesNotContain("appSecret\":\"", body);
    }

    private async Task<(HttpClient Browser, Guid ConnectionId)> SandboxConnectionAsync()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Shop"))).ReadAsync<ConnectionSummary>();
        await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/tiktok/use-sandbox", null)).ReadAsync<TikTokSettingsView>();
        return (browser, connection.Id);
    }

    /// <summary>Starts Connect, answers the consent page, and follows TikTok's redirect back; returns where the portal sent the browser.</summary>
    private static async Task<string> ConsentAsync(HttpClient browser, Guid connectionId, string decision)
    {
        var start = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/tiktok/authorize", null)).ReadAsync<TikTokAuthorizeStart>();
        var consent = new Uri(start.AuthorizeUrl);
        var query = QueryHelpers.ParseQuery(consent.Query);
        var answer = await browser.PostAsync(consent.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_id"] = query["service_id"]!,
            ["state"] = query["state"]!,
            ["decision"] = decision,
        }));
        var back = await browser.GetAsync(answer.Headers.Location!.PathAndQuery);
        return back.Headers.Location!.ToString();
    }

    private static async Task<TikTokSettingsView> ViewAsync(HttpClient browser, Guid connectionId) =>
        await (await browser.GetAsync($"/api/v1/connections/{connectionId}/tiktok")).ReadAsync<TikTokSettingsView>();
}
