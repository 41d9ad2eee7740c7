using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>TikTok Shop orders into the sandbox SFCC through the real push flow: exactly once, mapped, cancellations followed.</summary>
public class OrderPushFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task PaidOrdersLandOnceWithTheGenericCustomerMappedShippingAndTts()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        var ids = await sandbox.NewOrdersAsync(6);
        await sandbox.PushAsync();
        await sandbox.PushAsync(); // a second run finds nothing new to do

        var sfcc = await sandbox.SfccOrdersAsync();
        Assert.Equal(ids.Select(id => "TT" + id).Order(), sfcc.Select(o => o["order_no"]!.GetValue<string>()).Order());
        foreach (var id in ids)
        {
            var pushed = sfcc.Single(o => o["order_no"]!.GetValue<string>() == "TT" + id);
            var order = await sandbox.OrderAsync(id);
            Assert.Equal(sandbox.GenericCustomerNo, pushed["customer_no"]!.GetValue<string>());
            Assert.Equal("TTS", pushed["payment_method"]!.GetValue<string>());
            var expectedMethod = OrderPushSandbox.ShippingRows.Single(r => r.From == order.Summary.ShippingOptionName).To;
            Assert.Equal(expectedMethod, pushed["shipping_method"]!.GetValue<string>());
            Assert.Equal("new", pushed["status"]!.GetValue<string>());
            Assert.Equal(id, pushed["custom"]!["c_tiktokOrderId"]!.GetValue<string>());
            // TikTok's prices (fixed-price adjustments) and shipping fee: SFCC's total is TikTok's without the tax TikTok collected.
            Assert.Equal(order.Summary.Total - order.Tax, pushed["order_total"]!.GetValue<decimal>());
            Assert.Equal(order.Lines.Sum(l => l.Quantity), pushed["lines"]!.AsArray().Sum(l => l!["quantity"]!.GetValue<decimal>()));

            var pushes = await (await sandbox.Browser.GetAsync($"/api/v1/orders/{order.Summary.Id}/pushes")).ReadAsync<List<OrderPushInfo>>();
            var push = Assert.Single(pushes);
            Assert.Equal(("TT" + id, "new", PushState.Done), (push.SfccOrderNo, push.SfccStatus, push.State));
            Assert.Contains(order.Timeline, e => e.Kind == "Salesforce" && e.Message.Contains($"TT{id} created") && e.HasPayload);
        }
        var runs = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters().Where(r => r.ConnectionId == sandbox.SfccId && r.Flow == "SFCC order push").ToListAsync());
        Assert.Contains(runs, r => r.Succeeded == ids.Count && r.Status == SyncRunStatus.Succeeded);
    }

    [Fact]
    public async Task ACancellationInTikTokCancelsTheSfccOrderAndIsConfirmed()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        var ids = await sandbox.NewOrdersAsync(2);
        await sandbox.PushAsync();

        await sandbox.Shop.CancelAsync(sandbox.Control, ids[0]);
        await sandbox.ImportAsync();
        await sandbox.PushAsync();

        var sfcc = await sandbox.SfccOrdersAsync();
        Assert.True("cancelled" == sfcc.Single(o => o["order_no"]!.GetValue<string>() == "TT" + ids[0])["status"]!.GetValue<string>(), await sandbox.DescribeAsync(ids[0]));
        Assert.Equal("new", sfcc.Single(o => o["order_no"]!.GetValue<string>() == "TT" + ids[1])["status"]!.GetValue<string>());
        var order = await sandbox.OrderAsync(ids[0]);
        Assert.Contains(order.Timeline, e => e.Message.StartsWith("Cancellation confirmed", StringComparison.Ordinal));
        var push = Assert.Single(await (await sandbox.Browser.GetAsync($"/api/v1/orders/{order.Summary.Id}/pushes")).ReadAsync<List<OrderPushInfo>>());
        Assert.Equal("cancelled", push.SfccStatus);
    }

    [Fact]
    public async Task AnOrderCancelledBeforeItWasPushedIsNeverPushed()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(2);
        await sandbox.Shop.CancelAsync(sandbox.Control, ids[0]);
        await sandbox.ImportAsync();
        await sandbox.SaveSyncAsync(push: true);
        await sandbox.PushAsync();

        var sfcc = await sandbox.SfccOrdersAsync();
        Assert.Equal(["TT" + ids[1]], sfcc.Select(o => o["order_no"]!.GetValue<string>()));
    }

    [Fact]
    public async Task WithoutCanceledInTheStatusesCancellationsDoNotPropagateAndTheSettingsSaySo()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        var view = await sandbox.SaveSyncAsync(push: true, statuses: [OrderStatus.ReadyForFulfillment]);
        Assert.Contains(view.Warnings, w => w.Contains("will not cancel it in Salesforce", StringComparison.Ordinal));
        var ids = await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();
        await sandbox.Shop.CancelAsync(sandbox.Control, ids[0]);
        await sandbox.ImportAsync();
        await sandbox.PushAsync();

        Assert.Equal("new", (await sandbox.SfccOrdersAsync()).Single()["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSourceChannelFilterKeepsOtherChannelsOrdersOut()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var other = await (await sandbox.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Second shop"))).ReadAsync<ConnectionSummary>();
        await sandbox.SaveSyncAsync(push: true, sources: [other.Id]);
        await sandbox.NewOrdersAsync(2);
        await sandbox.PushAsync();
        Assert.Empty(await sandbox.SfccOrdersAsync());

        await sandbox.SaveSyncAsync(push: true, sources: [sandbox.Shop.ConnectionId]);
        await sandbox.PushAsync();
        Assert.Equal(2, (await sandbox.SfccOrdersAsync()).Count);
    }

    [Fact]
    public async Task MarkSentToFulfillmentMovesPushedOrdersAndKeepsThemThereOnReimport()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await sandbox.SaveSyncAsync(push: true, markSent: true);
        var ids = await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();
        Assert.Equal(OrderStatus.SentToFulfillment, (await sandbox.OrderAsync(ids[0])).Summary.Status);

        await sandbox.ImportAsync();
        Assert.Equal(OrderStatus.SentToFulfillment, (await sandbox.OrderAsync(ids[0])).Summary.Status);
    }
}
