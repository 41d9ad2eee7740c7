using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Troubleshooting.Checks;

/// <summary>The workspace-level checks: SKU match (live TikTok SKUs against the pulled catalog), Channel SKUs, stuck orders.</summary>
public class WorkspaceChecksTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SkuNearMissesFailEachAdoptableInOneClickThenThePassAndARemovedProductWarns()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        // The sandbox's near misses differ in case and surrounding spaces; one inner space more on the portal's side.
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var cap = await db.Products.IgnoreQueryFilters().SingleAsync(p => p.WorkspaceId == sandbox.Shop.Owner.WorkspaceId && p.Sku == "CAP-DAD-NVY-OS");
            cap.Sku = "CAP-DAD -NVY-OS";
            return await db.SaveChangesAsync();
        });

        var nearMisses = await sandbox.Browser.RunCheckAsync("products.sku-match");

        Assert.Equal(CheckOutcome.Fail, nearMisses.Outcome);
        Assert.Matches(@"^4 of \d+ TikTok SKUs have no Salesforce product: 4 near misses, 0 with no match\.", nearMisses.Summary);
        Assert.Contains("Near miss: TikTok 'tee-classic-wht-s' vs Salesforce 'TEE-CLASSIC-WHT-S' (case)", nearMisses.Evidence);
        Assert.Contains("Near miss: TikTok 'CAP-DAD-NVY-OS' vs Salesforce 'CAP-DAD -NVY-OS' (inner spaces)", nearMisses.Evidence);
        var action = nearMisses.Fix!.Action!;
        Assert.Equal(("products.adopt-sku", sandbox.SfccId), (action.Kind, action.ConnectionId!.Value));

        var user = await factory.SignInAsync(await factory.AddMemberAsync(sandbox.Shop.Owner.WorkspaceId, WorkspaceRole.User));
        await user.ApplyExpectingAsync(action, HttpStatusCode.Forbidden);
        await sandbox.Browser.ApplyExpectingAsync(action with { Argument = "not-a-product" }, HttpStatusCode.BadRequest);
        var notNear = await sandbox.Browser.ApplyExpectingAsync(action with { Argument = action.Argument![..37] + "SOMETHING-ELSE" }, HttpStatusCode.BadRequest);
        Assert.Contains("is not a near miss", notNear.Detail);
        await sandbox.Browser.ApplyExpectingAsync(action with { Argument = $"{Guid.NewGuid()}|x" }, HttpStatusCode.NotFound);

        var result = nearMisses;
        for (var i = 0; i < 4 && result.Fix?.Action is { } next; i++)
        {
            Assert.Contains("now has the SKU", (await sandbox.Browser.ApplyAsync(next)).Message);
            result = await sandbox.Browser.RunCheckAsync("products.sku-match");
        }
        Assert.True(result.Outcome == CheckOutcome.Pass, result.Describe());
        Assert.Contains(await factory.AuditAsync(sandbox.SfccId), a => a == "Master SKU: 'CAP-DAD -NVY-OS' → 'CAP-DAD-NVY-OS', Salesforce Channel SKU 'CAP-DAD -NVY-OS'");

        await (await sandbox.Browser.DeleteAsync("/api/v1/sandbox/sfcc/products/TEE-CLASSIC-BLK-M")).ReadAsync<BmDeletedProducts>();
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sandbox.SfccId, CancellationToken.None); return 0; });
        var removed = await sandbox.Browser.RunCheckAsync("products.sku-match");
        Assert.Equal(CheckOutcome.Warn, removed.Outcome);
        Assert.Contains(removed.Evidence, e => e.StartsWith("No match: 'TEE-CLASSIC-BLK-M' — its Salesforce product was removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelSkusOnTheSalesforceRowOfAVariantPassAndOnATikTokRowOrAParentFailNamingEach()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var shop = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var sfcc = await SeedSfccAsync(owner, new SfccConnectionSettings());
        var (master, variant) = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var m = new Product { WorkspaceId = owner.WorkspaceId, Sku = "TEE", Name = "Tee", IsMaster = true, SourceConnectionId = sfcc, SourceProductId = "TEE" };
            var v = new Product { WorkspaceId = owner.WorkspaceId, Sku = "TEE-M", Name = "Tee M", ParentId = m.Id, SourceConnectionId = sfcc, SourceProductId = "TEE-M" };
            db.Products.AddRange(m, v);
            db.ChannelOptions.Add(new ChannelOption { WorkspaceId = owner.WorkspaceId, ProductId = v.Id, ConnectionId = sfcc, ChannelSku = "SF-TEE-M" });
            await db.SaveChangesAsync();
            return (m, v);
        });
        var client = await factory.SignInAsync(owner);
        var good = await client.RunCheckAsync("products.channel-skus");
        Assert.Equal(CheckOutcome.Pass, good.Outcome);
        Assert.Equal("1 Channel SKU set, all on the Salesforce row of a variant.", good.Summary);

        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.ChannelOptions.Add(new ChannelOption { WorkspaceId = owner.WorkspaceId, ProductId = master.Id, ConnectionId = sfcc, ChannelSku = "SF-TEE" });
            db.ChannelOptions.Add(new ChannelOption { WorkspaceId = owner.WorkspaceId, ProductId = variant.Id, ConnectionId = shop.Id, ChannelSku = "TT-TEE-M" });
            return await db.SaveChangesAsync();
        });
        var bad = await client.RunCheckAsync("products.channel-skus");

        Assert.Equal(CheckOutcome.Fail, bad.Outcome);
        Assert.Equal("2 Channel SKUs are set where they are never used.", bad.Summary);
        Assert.Contains("TEE: Channel SKU 'SF-TEE' on a parent product (set it on each variant instead)", bad.Evidence);
        Assert.Contains($"TEE-M: Channel SKU 'TT-TEE-M' on the {shop.DisplayName} row (only the Salesforce row uses one)", bad.Evidence);
    }

    [Fact]
    public async Task OrdersLateAtAStageWarnAndOnesFarPastItFailPerStageWithLinksToTheOrders()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var shop = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var sfcc = await SeedSfccAsync(owner, new SfccConnectionSettings { PushOrders = true });
        var now = DateTimeOffset.UtcNow;
        var client = await factory.SignInAsync(owner);
        var fresh = await SeedOrderAsync(owner, shop.Id, "fresh", o => o.HoldUntil = now.AddMinutes(-5));
        Assert.Equal(CheckOutcome.Pass, (await client.RunCheckAsync("orders.stuck")).Outcome);

        var late = await SeedOrderAsync(owner, shop.Id, "late", o => o.HoldUntil = now.AddMinutes(-45));
        var sent = await SeedOrderAsync(owner, shop.Id, "sent", o => o.Status = OrderStatus.SentToFulfillment);
        var shipped = await SeedOrderAsync(owner, shop.Id, "shipped", o => o.Status = OrderStatus.Fulfilled);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.ExternalLinks.Add(new ExternalLink { WorkspaceId = owner.WorkspaceId, ConnectionId = sfcc, EntityType = ExternalLink.OrderEntity, LocalId = sent.Id, ExternalId = "TT_sent", LinkedAt = now.AddHours(-30) });
            db.Fulfillments.Add(new Pipe17Portal.Domain.Shipping.Fulfillment
            {
                WorkspaceId = owner.WorkspaceId, OrderId = shipped.Id, ConnectionId = sfcc, SfccOrderNo = "TT_shipped", ShipmentId = "me", TrackingNumber = "1Z1", CreatedAt = now.AddMinutes(-90),
            });
            return await db.SaveChangesAsync();
        });

        var warn = await client.RunCheckAsync("orders.stuck");

        Assert.True(warn.Outcome == CheckOutcome.Warn, warn.Describe());
        Assert.Contains("Ready for fulfillment but not in Salesforce after 30 min: 1 order", warn.Evidence);
        Assert.Contains("In Salesforce but no shipping request after 24 h: 1 order", warn.Evidence);
        Assert.Contains("Shipped in Salesforce but tracking not on TikTok Shop after 60 min: 1 order", warn.Evidence);
        Assert.Contains(warn.Evidence, e => e.Contains($"order late waiting since") && e.EndsWith($"orders/{late.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain(warn.Evidence, e => e.Contains(fresh.Id.ToString()));

        var stuck = await SeedOrderAsync(owner, shop.Id, "stuck", o => o.HoldUntil = now.AddHours(-3));
        var fail = await client.RunCheckAsync("orders.stuck");
        Assert.Equal(CheckOutcome.Fail, fail.Outcome);
        Assert.Contains("Ready for fulfillment but not in Salesforce after 30 min: 2 orders, 1 of them for over 2 h", fail.Evidence);
        Assert.Equal($"orders/{stuck.Id}", fail.Fix!.Href);
        Assert.Contains("the oldest is stuck", fail.Summary);
    }

    [Fact]
    public async Task StagesWhoseFlowsAreOffAreNotJudgedAndTheSkuChecksNeedBothConnections()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);
        Assert.Equal(CheckOutcome.Fail, (await client.RunCheckAsync("products.sku-match")).Outcome);
        await TikTokConnectionSeed.CreateAsync(factory, owner);
        var noSfcc = await client.RunCheckAsync("products.sku-match");
        Assert.Equal(CheckOutcome.Fail, noSfcc.Outcome);
        Assert.Contains("no Salesforce connection", noSfcc.Summary);

        await SeedSfccAsync(owner, new SfccConnectionSettings { PushOrders = false, PullShippingRequests = false });
        var result = await client.RunCheckAsync("orders.stuck");
        Assert.Equal(CheckOutcome.Pass, result.Outcome);
        Assert.Contains(result.Evidence, e => e.StartsWith("Not judged — Push to Salesforce: off", StringComparison.Ordinal));
        Assert.Contains("Not judged — Shipping-request pull: off", result.Evidence);
    }

    private Task<Guid> SeedSfccAsync(TestMember owner, SfccConnectionSettings settings) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connection = new Connection { WorkspaceId = owner.WorkspaceId, Kind = ConnectorKind.SalesforceCommerceCloud, DisplayName = "SFCC", Status = ConnectionStatus.Connected, SettingsJson = settings.Write() };
        db.Connections.Add(connection);
        await db.SaveChangesAsync();
        return connection.Id;
    });

    private Task<Order> SeedOrderAsync(TestMember owner, Guid shopId, string id, Action<Order> change) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var order = new Order
        {
            WorkspaceId = owner.WorkspaceId, SourceConnectionId = shopId, SourceOrderId = id, SourceStatus = "AWAITING_SHIPMENT", Status = OrderStatus.ReadyForFulfillment,
            Currency = "USD", SourcePayload = "{}", PlacedAt = DateTimeOffset.UtcNow.AddDays(-2), CreatedAt = DateTimeOffset.UtcNow.AddDays(-2),
        };
        change(order);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    });
}
