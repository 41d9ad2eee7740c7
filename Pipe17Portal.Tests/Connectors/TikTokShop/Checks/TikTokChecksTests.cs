using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Checks;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Tests.Troubleshooting.Checks;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Checks;

/// <summary>The TikTok Shop checks against a sandbox shop connected through the real Connect round trip, broken on purpose.</summary>
public class TikTokChecksTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WithoutATikTokConnectionEachCheckFailsAndLinksToIntegrations()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);

        foreach (var key in new[] { "tiktok.connection", "tiktok.flows", "tiktok.orders-arriving", "fulfillment.carrier-mapping" })
        {
            var result = await client.RunCheckAsync(key);
            Assert.Equal(CheckOutcome.Fail, result.Outcome);
            Assert.Contains("no TikTok Shop connection", result.Summary);
            Assert.Equal("integrations", result.Fix!.Href);
        }
    }

    [Fact]
    public async Task TheConnectionPassesWarnsBeforeTheAuthorizationEndsAndFailsOnceItHasOrWhenReauthorizationIsNeeded()
    {
        var shop = await SandboxShop.ConnectAsync(factory);

        var connected = await shop.Browser.RunCheckAsync("tiktok.connection");
        Assert.Equal(CheckOutcome.Pass, connected.Outcome);
        Assert.Contains(connected.Evidence, e => e.StartsWith("Refresh token valid until", StringComparison.Ordinal));
        Assert.Equal("connect-tiktok-shop", connected.HelpSlug);

        await SetRefreshExpiryAsync(shop.ConnectionId, DateTimeOffset.UtcNow.AddDays(2));
        var soon = await shop.Browser.RunCheckAsync("tiktok.connection");
        Assert.Equal(CheckOutcome.Warn, soon.Outcome);
        Assert.Contains("expires in 1 day", soon.Summary); // 2 days less the moments the test took: whole days, rounded down
        Assert.Equal($"integrations/{shop.ConnectionId}", soon.Fix!.Href);

        await SetRefreshExpiryAsync(shop.ConnectionId, DateTimeOffset.UtcNow.AddMinutes(-5));
        var expired = await shop.Browser.RunCheckAsync("tiktok.connection");
        Assert.Equal(CheckOutcome.Fail, expired.Outcome);
        Assert.Contains("authorization expired", expired.Summary);

        await factory.ScopedAsync(s => s.GetRequiredService<ITikTokTokenStore>().MarkNeedsReauthorizationAsync(shop.ConnectionId, "refresh refused", CancellationToken.None).ContinueWith(_ => 0));
        var reauthorize = await shop.Browser.RunCheckAsync("tiktok.connection");
        Assert.Equal(CheckOutcome.Fail, reauthorize.Outcome);
        Assert.Contains("needs to be authorized again", reauthorize.Summary);
        Assert.Contains("Connect", reauthorize.Fix!.Text);
    }

    [Fact]
    public async Task AFlowSwitchedOffFailsAndTheOneClickFixTurnsItBackOnThroughTheAuditedSave()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId); // Connect's first pull runs in the background
        Assert.Equal(CheckOutcome.Pass, (await shop.Browser.RunCheckAsync("tiktok.flows")).Outcome);
        var view = await (await shop.Browser.GetAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok")).ReadAsync<TikTokSettingsView>();
        await (await shop.Browser.PutJsonAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok", new TikTokSettingsUpdate(
            view.AppKey, null, view.ServiceId, view.Region, PullOrders: false, view.PushFulfillments, view.PushInventory, view.OrderHoldMinutes))).ReadAsync<TikTokSettingsView>();

        var off = await shop.Browser.RunCheckAsync("tiktok.flows");

        Assert.Equal(CheckOutcome.Fail, off.Outcome);
        Assert.Contains("Pull orders is off", off.Summary);
        Assert.Contains("Pull orders: off", off.Evidence);
        var action = off.Fix!.Action!;
        Assert.Equal(("tiktok.enable-flow", shop.ConnectionId, "PullOrders"), (action.Kind, action.ConnectionId!.Value, action.Argument!));

        // A User may look but not fix; a bad argument is named.
        var user = await factory.SignInAsync(await factory.AddMemberAsync(shop.Owner.WorkspaceId, WorkspaceRole.User));
        await user.ApplyExpectingAsync(action, HttpStatusCode.Forbidden);
        var bad = await shop.Browser.ApplyExpectingAsync(action with { Argument = "PushEverything" }, HttpStatusCode.BadRequest);
        Assert.Contains("PullOrders, PushFulfillments, PushInventory", bad.Detail);
        await shop.Browser.ApplyExpectingAsync(action with { ConnectionId = Guid.NewGuid() }, HttpStatusCode.NotFound);

        var applied = await shop.Browser.ApplyAsync(action);

        Assert.Contains("Pull orders is now on", applied.Message);
        var after = await (await shop.Browser.GetAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok")).ReadAsync<TikTokSettingsView>();
        Assert.True(after.PullOrders);
        Assert.Equal("Pull orders: off → on", (await factory.AuditAsync(shop.ConnectionId))[0]);
        Assert.Equal(CheckOutcome.Pass, (await shop.Browser.RunCheckAsync("tiktok.flows")).Outcome);
        Assert.Contains("already on", (await shop.Browser.ApplyAsync(action)).Message);
    }

    [Fact]
    public async Task OrdersArrivingWarnsBeforeTheFirstPullPassesOnceOrdersArriveAndFailsWhenThePullFails()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId);
        await factory.ScopedAsync(async s =>
        {
            // Connect may already have pulled (an empty shop): start from "never pulled".
            var db = s.GetRequiredService<PortalDbContext>();
            return await db.SyncRuns.IgnoreQueryFilters().Where(r => r.ConnectionId == shop.ConnectionId).ExecuteDeleteAsync();
        });
        var before = await shop.Browser.RunCheckAsync("tiktok.orders-arriving");
        Assert.Equal(CheckOutcome.Warn, before.Outcome);
        Assert.Contains("has not run yet", before.Summary);

        var control = factory.CreateClient();
        await shop.CreateOrdersAsync(control, 2, "AWAITING_SHIPMENT");
        await factory.ScopedAsync(async s => { await s.GetRequiredService<TikTokOrderPull>().RunAsync(shop.ConnectionId, CancellationToken.None); return 0; });
        var arriving = await shop.Browser.RunCheckAsync("tiktok.orders-arriving");
        Assert.Equal(CheckOutcome.Pass, arriving.Outcome);
        Assert.Contains("2 orders imported in the last 72 h", arriving.Evidence);

        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.SyncRuns.Add(new SyncRun
            {
                WorkspaceId = shop.Owner.WorkspaceId, ConnectionId = shop.ConnectionId, Flow = TikTokOrderPull.Flow, Status = SyncRunStatus.Failed,
                StartedAt = DateTimeOffset.UtcNow.AddSeconds(5), FinishedAt = DateTimeOffset.UtcNow.AddSeconds(6), Error = "TikTok said: access token expired (105002)",
            });
            return await db.SaveChangesAsync();
        });
        var failed = await shop.Browser.RunCheckAsync("tiktok.orders-arriving");
        Assert.Equal(CheckOutcome.Fail, failed.Outcome);
        Assert.Contains("access token expired (105002)", failed.Summary);
    }

    [Fact]
    public async Task OrdersArrivingWarnsWhenNothingArrivedForLongWhileThePullRuns()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var shop = await TikTokConnectionSeed.CreateAsync(factory, owner);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.Orders.Add(Order(owner.WorkspaceId, shop.Id, "old-1", DateTimeOffset.UtcNow.AddDays(-5)));
            db.SyncRuns.Add(new SyncRun { WorkspaceId = owner.WorkspaceId, ConnectionId = shop.Id, Flow = TikTokOrderPull.Flow, Status = SyncRunStatus.Succeeded, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-2) });
            db.WebhookReceipts.Add(new WebhookReceipt { ConnectionId = shop.Id, NotificationId = "n1", ReceivedAt = DateTimeOffset.UtcNow.AddHours(-1) });
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync(owner);

        var quiet = await client.RunCheckAsync("tiktok.orders-arriving");

        Assert.Equal(CheckOutcome.Warn, quiet.Outcome);
        Assert.Contains("for more than 72 h", quiet.Summary);
        Assert.Contains("0 orders imported in the last 72 h", quiet.Evidence);
        Assert.Contains(quiet.Evidence, e => e.StartsWith("1 webhook delivery in the last 24 h", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnmappedSalesforceCarrierOnAFulfillmentFailsUntilItIsMapped()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var shop = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var client = await factory.SignInAsync(owner);
        var none = await client.RunCheckAsync("fulfillment.carrier-mapping");
        Assert.Equal(CheckOutcome.Pass, none.Outcome);
        Assert.Contains("nothing to map", none.Summary);

        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            foreach (var (no, carrier) in new[] { ("a", "UPS"), ("b", "UPS"), ("c", "FedEx") })
            {
                var order = Order(owner.WorkspaceId, shop.Id, no, DateTimeOffset.UtcNow);
                db.Orders.Add(order);
                db.Fulfillments.Add(new Pipe17Portal.Domain.Shipping.Fulfillment { WorkspaceId = owner.WorkspaceId, OrderId = order.Id, ConnectionId = shop.Id, SfccOrderNo = no, ShipmentId = "me", Carrier = carrier, TrackingNumber = "1Z" + no });
            }
            var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == shop.Id);
            connection.SettingsJson = (TikTokConnectionSettings.Read(connection.SettingsJson) with { CarrierMappings = [new("fedex", "7117858858072016686", "FedEx")] }).Write();
            return await db.SaveChangesAsync();
        });

        var unmapped = await client.RunCheckAsync("fulfillment.carrier-mapping");

        Assert.Equal(CheckOutcome.Fail, unmapped.Outcome);
        Assert.Equal("1 Salesforce carrier on 2 fulfillments of 3 is not mapped: UPS.", unmapped.Summary);
        Assert.Contains("'UPS' on 2 fulfillments has no TikTok provider", unmapped.Evidence);
        Assert.Equal($"integrations/{shop.Id}#carrier-mapping", unmapped.Fix!.Href);

        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == shop.Id);
            var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
            connection.SettingsJson = (settings with { CarrierMappings = [.. settings.CarrierMappings, new("UPS", "6617675021119438849", "UPS")] }).Write();
            return await db.SaveChangesAsync();
        });
        var mapped = await client.RunCheckAsync("fulfillment.carrier-mapping");
        Assert.Equal(CheckOutcome.Pass, mapped.Outcome);
        Assert.Contains("All 3 fulfillments", mapped.Summary);
    }

    private static Pipe17Portal.Domain.Orders.Order Order(Guid workspaceId, Guid connectionId, string id, DateTimeOffset createdAt) => new()
    {
        WorkspaceId = workspaceId, SourceConnectionId = connectionId, SourceOrderId = id, SourceStatus = "AWAITING_SHIPMENT",
        Status = OrderStatus.ReadyForFulfillment, Currency = "USD", SourcePayload = "{}", CreatedAt = createdAt, PlacedAt = createdAt,
    };

    private Task SetRefreshExpiryAsync(Guid connectionId, DateTimeOffset expiresAt) => factory.ScopedAsync(async s =>
    {
        var store = s.GetRequiredService<ITikTokTokenStore>();
        var tokens = (await store.GetAsync(connectionId, CancellationToken.None))!;
        await store.SaveAsync(connectionId, tokens with { RefreshTokenExpiresAt = expiresAt }, CancellationToken.None);
        return 0;
    });
}
