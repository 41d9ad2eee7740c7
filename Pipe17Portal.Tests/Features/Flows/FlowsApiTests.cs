using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Flows;

public class FlowsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AConnectedShopListsItsFlowsWithTheirScheduleAndRunNowRecordsARun()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId);

        var flows = await (await shop.Browser.GetAsync("/api/v1/flows")).ReadAsync<List<FlowStatusInfo>>();
        var pull = Assert.Single(flows, f => f.Flow == TikTokOrderPullJob.Flow);
        Assert.Equal("Orders from TikTok Shop", pull.Name);
        Assert.True(pull.Enabled);
        Assert.True(pull.Scheduled);
        Assert.NotNull(pull.NextRunAt);
        Assert.NotNull(pull.LastRunAt); // connecting ran the first pull
        var runsBefore = await RunsAsync(shop.Browser, shop.ConnectionId);

        var started = await (await shop.Browser.PostAsync($"/api/v1/flows/{shop.ConnectionId}/{TikTokOrderPullJob.Flow}/run", null)).ReadAsync<FlowRunStarted>();

        Assert.Contains("Orders from TikTok Shop is running now", started.Message);
        await WaitUntilAsync(async () => await RunsAsync(shop.Browser, shop.ConnectionId) > runsBefore);
        var audit = await (await shop.Browser.GetAsync("/api/v1/audit-log")).ReadAsync<PagedResult<AuditEntryInfo>>();
        Assert.Contains(audit.Items, e => e.Action == "Flow run started" && e.Field == "Orders from TikTok Shop");
    }

    [Fact]
    public async Task RunNowRefusesASwitchedOffFlowAnUnknownOneAndAUser()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);
        var sfcc = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();

        var flows = await (await browser.GetAsync("/api/v1/flows")).ReadAsync<List<FlowStatusInfo>>();
        var push = Assert.Single(flows, f => f.Name == "Orders to Salesforce");
        Assert.False(push.Enabled); // Push orders starts off
        Assert.False(push.Scheduled);
        Assert.Null(push.LastRunAt);

        var notConnected = await (await browser.PostAsync($"/api/v1/flows/{sfcc.Id}/{push.Flow}/run", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("is not connected", notConnected.Detail);
        var unknown = await (await browser.PostAsync($"/api/v1/flows/{sfcc.Id}/no-such-flow/run", null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("has no flow 'no-such-flow'", unknown.Errors!["flow"][0]);

        var user = await factory.SignInAsync(await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.User));
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync($"/api/v1/flows/{sfcc.Id}/{push.Flow}/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/flows")).StatusCode);
    }

    [Fact]
    public async Task RunNowOfAFlowSwitchedOffOnAConnectedShopSaysWhichSettingToTurnOn()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        // Connect starts the shop's first runs; let them finish before changing the settings (under full-suite load a save
        // racing them once answered 500 — not yet explained, see the issue 11 note).
        await factory.WaitForQuietAsync(shop.ConnectionId);
        var settings = await (await shop.Browser.GetAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok")).ReadAsync<TikTokSettingsView>();
        await (await shop.Browser.PutJsonAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok", new TikTokSettingsUpdate(settings.AppKey, null, settings.ServiceId,
            settings.Region, PullOrders: false, settings.PushFulfillments, settings.PushInventory, settings.OrderHoldMinutes))).ReadAsync<TikTokSettingsView>();

        var problem = await (await shop.Browser.PostAsync($"/api/v1/flows/{shop.ConnectionId}/{TikTokOrderPullJob.Flow}/run", null)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("Turn on \"Pull orders\"", problem.Detail);
        var flows = await (await shop.Browser.GetAsync("/api/v1/flows")).ReadAsync<List<FlowStatusInfo>>();
        Assert.False(Assert.Single(flows, f => f.Flow == TikTokOrderPullJob.Flow).Scheduled);
    }

    private static async Task<int> RunsAsync(HttpClient browser, Guid connectionId) =>
        (await (await browser.GetAsync($"/api/v1/sync-runs?connectionId={connectionId}&pageSize=200")).ReadAsync<PagedResult<SyncRunInfo>>())
            .Items.Count(r => r.Flow.StartsWith("TikTok order pull", StringComparison.Ordinal) && r.FinishedAt is not null);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The flow's run was not recorded within 10 s.");
    }
}
