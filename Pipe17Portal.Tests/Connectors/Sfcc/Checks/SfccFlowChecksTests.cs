using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.Shipping;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Checks;

/// <summary>The catalog, inventory and fulfillment flow checks, and the one-click fix that turns a pull on.</summary>
public class SfccFlowChecksTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheCatalogPullSwitchedOffFailsWithAOneClickFixThatTurnsItOnAndIsAudited()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        await setup.SaveAsync(u => u with { PullCatalog = false });

        var off = await setup.RunAsync("sfcc.catalog-flow");
        var action = off.Fix!.Action!;
        var applied = await (await setup.Browser.PostJsonAsync("/api/v1/checks/actions", action)).ReadAsync<CheckActionResult>();
        var on = await setup.RunAsync("sfcc.catalog-flow");

        Assert.Equal(CheckOutcome.Fail, off.Outcome);
        Assert.Contains("Pull product catalog from Salesforce is off", off.Summary);
        Assert.Equal(new CheckAction("sfcc.enable-flow", setup.ConnectionId, "PullCatalog", "Turn on Pull product catalog from Salesforce"), action);
        Assert.Contains("is on", applied.Message);
        Assert.True(SfccConnectionSettings.Read((await setup.ConnectionAsync()).SettingsJson).PullCatalog);
        Assert.NotEqual(CheckOutcome.Fail, on.Outcome);
        Assert.DoesNotContain(on.Evidence, e => e.Contains("is off", StringComparison.Ordinal));
        var audited = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.ConnectionId == setup.ConnectionId).Select(a => $"{a.Action} {a.Field} {a.Detail}").ToList());
        Assert.Contains(audited, a => a.Contains("Pull product catalog from Salesforce", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEnableFlowFixRefusesAUserAnUnknownSettingAndAnotherWorkspacesConnection()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        var user = await factory.SignInAsync(await factory.AddMemberAsync(setup.Owner.WorkspaceId, WorkspaceRole.User));
        var stranger = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var forbidden = await (await user.PostJsonAsync("/api/v1/checks/actions", new CheckAction("sfcc.enable-flow", setup.ConnectionId, "PullCatalog", "Turn on")))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        var unknown = await (await setup.Browser.PostJsonAsync("/api/v1/checks/actions", new CheckAction("sfcc.enable-flow", setup.ConnectionId, "PushOrders", "Turn on")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await stranger.PostJsonAsync("/api/v1/checks/actions", new CheckAction("sfcc.enable-flow", setup.ConnectionId, "PullCatalog", "Turn on")))
            .ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("Developer", forbidden.Detail);
        Assert.Contains("PushOrders", unknown.Detail + string.Join(" ", unknown.Errors?.Values.SelectMany(v => v) ?? []));
    }

    [Fact]
    public async Task AMissingCatalogScopeAndAFailedLastRunAreNamed()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        Assert.Equal(CheckOutcome.Pass, (await setup.RunAsync("sfcc.catalog-flow")).Outcome);

        await setup.RemoveScopeAsync(setup.View.B2cClientId, "sfcc.catalogs.rw");
        var noScope = await setup.RunAsync("sfcc.catalog-flow");
        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.B2cClientId}/scopes", new { scopes = Pipe17Portal.Connectors.Sfcc.Credentials.SfccRequiredScopes.SetupGuide });
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.SyncRuns.Add(new SyncRun
            {
                WorkspaceId = setup.Owner.WorkspaceId, ConnectionId = setup.ConnectionId, Flow = Pipe17Portal.Connectors.Sfcc.Jobs.SfccCatalogPull.Flow,
                Status = SyncRunStatus.Failed, StartedAt = DateTimeOffset.UtcNow.AddMinutes(5), FinishedAt = DateTimeOffset.UtcNow.AddMinutes(5), Error = "SCAPI said no (test)",
            });
            return await db.SaveChangesAsync();
        });
        var lastRun = await setup.RunAsync("sfcc.catalog-flow");

        Assert.Equal(CheckOutcome.Fail, noScope.Outcome);
        Assert.Contains("sfcc.catalogs.rw", noScope.Summary);
        Assert.DoesNotContain("sfcc.products.rw", noScope.Summary);
        Assert.Equal(CheckOutcome.Fail, lastRun.Outcome);
        Assert.Contains("SCAPI said no (test)", lastRun.Summary);
    }

    [Fact]
    public async Task TheInventoryPullWithoutLocationsFails()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        Assert.Equal(CheckOutcome.Pass, (await setup.RunAsync("sfcc.inventory-flow")).Outcome);

        await setup.SaveAsync(u => u with { InventoryLocations = [] });
        var result = await setup.RunAsync("sfcc.inventory-flow");

        Assert.Equal(CheckOutcome.Fail, result.Outcome);
        Assert.Contains("No Omnichannel Inventory location", result.Summary);
        Assert.Equal($"integrations/{setup.ConnectionId}#inventoryLocations", result.Fix!.Href);
    }

    [Fact]
    public async Task FulfillmentsWarnWithoutATikTokShopFailWithPushFulfillmentsOffAndPassOtherwise()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);

        var noShop = await setup.RunAsync("sfcc.fulfillment-flow");
        var shop = await TikTokConnectionSeed.CreateAsync(factory, setup.Owner);
        var passing = await setup.RunAsync("sfcc.fulfillment-flow");
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var stored = db.Connections.IgnoreQueryFilters().Single(c => c.Id == shop.Id);
            stored.SettingsJson = (TikTokConnectionSettings.Read(stored.SettingsJson) with { PushFulfillments = false }).Write();
            return await db.SaveChangesAsync();
        });
        var off = await setup.RunAsync("sfcc.fulfillment-flow");
        await setup.SaveAsync(u => u with { PullShippingRequests = false });
        var pullOff = await setup.RunAsync("sfcc.fulfillment-flow");

        Assert.Equal(CheckOutcome.Warn, noShop.Outcome);
        Assert.Contains("no TikTok Shop connection", noShop.Summary);
        Assert.Equal(CheckOutcome.Pass, passing.Outcome);
        Assert.Equal(CheckOutcome.Fail, off.Outcome);
        Assert.Contains("Push fulfillments is off", off.Summary);
        Assert.Equal($"integrations/{shop.Id}", off.Fix!.Href);
        Assert.Equal(CheckOutcome.Fail, pullOff.Outcome);
        Assert.Equal(new CheckAction("sfcc.enable-flow", setup.ConnectionId, "PullShippingRequests", "Turn on Pull shipping requests from Salesforce"), pullOff.Fix!.Action);
    }
}
