using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Tests.Troubleshooting.Checks;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Checks;

/// <summary>
/// The "Orders to Salesforce" checks against a sandbox set up as the setup guide says (<see cref="OrderPushSandbox"/>),
/// then broken on purpose: settings switched off, the generic customer and methods deleted in the emulated SFCC.
/// </summary>
public class OrderChecksTests(PortalFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AWorkspaceSetUpAsTheGuideSaysPassesEveryOrderCheckExceptTheSandboxsDeliberateSkuNearMisses()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await sandbox.NewOrdersAsync(2);
        await sandbox.PushAsync();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = await (await sandbox.Browser.PostAsync("/api/v1/checks/run", null)).ReadAsync<List<CheckResultInfo>>();
        watch.Stop();

        string[] mine = ["tiktok.connection", "tiktok.flows", "tiktok.orders-arriving", "orders.push-enabled", "orders.source-channels", "orders.customer",
            "orders.shipping-methods", "orders.payment-method", "orders.canceled-status", "products.sku-match", "products.channel-skus", "orders.stuck", "fulfillment.carrier-mapping"];
        foreach (var key in mine)
        {
            var result = Assert.Single(results, r => r.Key == key);
            output.WriteLine($"{key,-28} {result.Outcome,-7} {result.DurationMs,5} ms  {result.Summary}");
            Assert.True(key == "products.sku-match" ? result.Outcome == CheckOutcome.Fail : result.Outcome == CheckOutcome.Pass, result.Describe());
        }
        output.WriteLine($"All {results.Count} checks: {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task PushOffFailsWithTheOneClickFixAndOnceOnWarnsUntilTikTokOrdersArriveThenPasses()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);

        var off = await sandbox.Browser.RunCheckAsync("orders.push-enabled");

        Assert.Equal(CheckOutcome.Fail, off.Outcome);
        Assert.Contains("Push orders to Salesforce is off", off.Summary);
        var action = off.Fix!.Action!;
        Assert.Equal(("orders.enable-push", sandbox.SfccId), (action.Kind, action.ConnectionId!.Value));
        var user = await factory.SignInAsync(await factory.AddMemberAsync(sandbox.Shop.Owner.WorkspaceId, WorkspaceRole.User));
        await user.ApplyExpectingAsync(action, HttpStatusCode.Forbidden);
        await sandbox.Browser.ApplyExpectingAsync(action with { ConnectionId = sandbox.Shop.ConnectionId }, HttpStatusCode.NotFound); // a TikTok id is no Salesforce connection
        await sandbox.Browser.ApplyExpectingAsync(action with { ConnectionId = null }, HttpStatusCode.BadRequest);

        Assert.Contains("now on", (await sandbox.Browser.ApplyAsync(action)).Message);

        Assert.Contains("Push orders to Salesforce: 'False' → 'True'", await factory.AuditAsync(sandbox.SfccId));
        var noOrders = await sandbox.Browser.RunCheckAsync("orders.push-enabled");
        Assert.Equal(CheckOutcome.Warn, noOrders.Outcome);
        Assert.Contains("No TikTok Shop order imported yet", noOrders.Evidence);

        await sandbox.NewOrdersAsync(1);
        var pushing = await sandbox.Browser.RunCheckAsync("orders.push-enabled");
        Assert.Equal(CheckOutcome.Pass, pushing.Outcome);
        Assert.Contains(pushing.Evidence, e => e.StartsWith("1 TikTok Shop order imported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASourceChannelFilterThatLeavesTheShopOutFailsNamingItAndTheFixAddsIt()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        Assert.Equal(CheckOutcome.Pass, (await sandbox.Browser.RunCheckAsync("orders.source-channels")).Outcome);
        var other = await TikTokConnectionSeed.CreateAsync(factory, sandbox.Shop.Owner);
        await sandbox.SaveSyncAsync(push: false, sources: [other.Id]);

        var excluded = await sandbox.Browser.RunCheckAsync("orders.source-channels");

        Assert.Equal(CheckOutcome.Fail, excluded.Outcome);
        Assert.Contains("leaves out 'Sandbox shop'", excluded.Summary);
        var action = excluded.Fix!.Action!;
        Assert.Equal(("orders.add-source-channel", sandbox.Shop.ConnectionId.ToString()), (action.Kind, action.Argument!));
        var notAChannel = await sandbox.Browser.ApplyExpectingAsync(action with { Argument = sandbox.SfccId.ToString() }, HttpStatusCode.BadRequest);
        Assert.Contains("is not a sales channel connection", notAChannel.Detail);
        await sandbox.Browser.ApplyExpectingAsync(action with { Argument = "shop" }, HttpStatusCode.BadRequest);

        Assert.Contains("are now pushed", (await sandbox.Browser.ApplyAsync(action)).Message);

        Assert.Equal(CheckOutcome.Pass, (await sandbox.Browser.RunCheckAsync("orders.source-channels")).Outcome);
        Assert.Contains(await factory.AuditAsync(sandbox.SfccId), a => a.StartsWith("Push only orders with specific source channels:", StringComparison.Ordinal) && a.EndsWith("Sandbox shop'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheGenericCustomerPassesWhileItExistsAndFailsWhenDeletedOrWhenAMatchingStrategyIsChosen()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);

        var exists = await sandbox.Browser.RunCheckAsync("orders.customer");
        Assert.True(exists.Outcome == CheckOutcome.Pass, exists.Describe());
        Assert.Contains(sandbox.GenericCustomerNo, exists.Summary);

        await sandbox.SaveSyncAsync(push: false, strategy: CustomerMatchingStrategy.EmailCreateIfMissing);
        var strategy = await sandbox.Browser.RunCheckAsync("orders.customer");
        Assert.Equal(CheckOutcome.Fail, strategy.Outcome);
        Assert.Contains("relay email", strategy.Summary);
        await sandbox.SaveSyncAsync(push: false);

        await sandbox.ControlAsync(HttpMethod.Delete, $"/customers/{sandbox.GenericCustomerNo}");
        var deleted = await sandbox.Browser.RunCheckAsync("orders.customer");
        Assert.Equal(CheckOutcome.Fail, deleted.Outcome);
        Assert.Contains($"Salesforce has no customer '{sandbox.GenericCustomerNo}'", deleted.Summary);
        Assert.Equal($"integrations/{sandbox.SfccId}#order-sync", deleted.Fix!.Href);
    }

    [Fact]
    public async Task ShippingMethodsPassWhenEveryOptionMapsToARealMethodAndFailNamingTheUnmappedAndTheMissing()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var mapped = await sandbox.Browser.RunCheckAsync("orders.shipping-methods");
        Assert.True(mapped.Outcome == CheckOutcome.Pass, mapped.Describe());
        Assert.Equal("All 3 delivery options map to shipping methods Salesforce has.", mapped.Summary);

        await sandbox.ControlAsync(HttpMethod.Delete, "/shipping-methods/002");
        await sandbox.MapShippingAsync([OrderPushSandbox.ShippingRows[0], OrderPushSandbox.ShippingRows[1]]);

        var broken = await sandbox.Browser.RunCheckAsync("orders.shipping-methods");

        Assert.Equal(CheckOutcome.Fail, broken.Outcome);
        Assert.Contains("1 of 3 delivery options is not mapped", broken.Summary);
        Assert.Contains("1 option maps to a shipping method Salesforce does not have", broken.Summary);
        Assert.Contains("'Seller shipping' is not mapped", broken.Evidence);
        Assert.Contains("'Express shipping' → '002', which Salesforce does not have", broken.Evidence);
        Assert.StartsWith($"integrations/{sandbox.SfccId}/mapping", broken.Fix!.Href);
    }

    [Fact]
    public async Task ThePaymentMappingIsSkippedWithoutAnOrderPassesOnOneAndFailsOnAMissingMethodOrAScriptError()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        Assert.Equal(CheckOutcome.Skipped, (await sandbox.Browser.RunCheckAsync("orders.payment-method")).Outcome);
        await sandbox.NewOrdersAsync(1);

        var good = await sandbox.Browser.RunCheckAsync("orders.payment-method");
        Assert.True(good.Outcome == CheckOutcome.Pass, good.Describe());
        Assert.Contains("TTS", good.Summary);

        await sandbox.ControlAsync(HttpMethod.Delete, "/payment-methods/TTS");
        var missing = await sandbox.Browser.RunCheckAsync("orders.payment-method");
        Assert.Equal(CheckOutcome.Fail, missing.Outcome);
        Assert.Contains("'TTS', which Salesforce does not have", missing.Summary);

        await (await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping", new OrderMappingUpdate([
            new FieldMapping("shipments[0].shipping_method.id", FieldMappingKind.Lookup, LookupSource: "shipping.optionName", Lookup: OrderPushSandbox.ShippingRows),
            new FieldMapping("payment_instruments", FieldMappingKind.Script, Script: "throw new Error('no payment for you');")]))).ReadAsync<OrderMappingView>();
        var script = await sandbox.Browser.RunCheckAsync("orders.payment-method");
        Assert.Equal(CheckOutcome.Fail, script.Outcome);
        Assert.Contains("no payment for you", script.Summary);
    }

    [Fact]
    public async Task CanceledMissingFromTheStatusesFailsAndTheFixAddsItOnce()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        Assert.Equal(CheckOutcome.Pass, (await sandbox.Browser.RunCheckAsync("orders.canceled-status")).Outcome);
        await sandbox.SaveSyncAsync(push: false, statuses: [OrderStatus.ReadyForFulfillment]);

        var missing = await sandbox.Browser.RunCheckAsync("orders.canceled-status");

        Assert.Equal(CheckOutcome.Fail, missing.Outcome);
        Assert.Contains("Order statuses to push: ReadyForFulfillment", missing.Evidence);
        var action = missing.Fix!.Action!;
        Assert.Equal("sfcc.add-canceled-status", action.Kind);
        Assert.Contains("now among", (await sandbox.Browser.ApplyAsync(action)).Message);
        Assert.Contains("Order statuses to push: 'ReadyForFulfillment' → 'ReadyForFulfillment, Canceled'", await factory.AuditAsync(sandbox.SfccId));
        Assert.Equal(CheckOutcome.Pass, (await sandbox.Browser.RunCheckAsync("orders.canceled-status")).Outcome);
        Assert.Contains("already", (await sandbox.Browser.ApplyAsync(action)).Message);
    }

    [Fact]
    public async Task WithoutASalesforceConnectionTheOrderChecksFailAndLinkToIntegrations()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);
        foreach (var key in new[] { "orders.push-enabled", "orders.source-channels", "orders.customer", "orders.shipping-methods", "orders.payment-method", "orders.canceled-status" })
        {
            var result = await client.RunCheckAsync(key);
            Assert.True(result.Outcome == CheckOutcome.Fail, $"{key}: {result.Describe()}");
            Assert.Equal("integrations", result.Fix!.Href);
        }
    }
}
