using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Connectors.Sfcc.Shipping;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Shipping;

/// <summary>
/// The soak's lost tracking number: the push created the SFCC order but crashed (or lost the answer) before linking it, the
/// warehouse shipped it, and the pulls read the shipment while the order was not yet the portal's, so they skipped it and
/// moved on. When the retry finds the order and links it, the pulls must read it again.
/// </summary>
public class RecoveredOrderShippingTests(CrashingPortalFactory factory) : IClassFixture<CrashingPortalFactory>
{
    [Fact]
    public async Task AShipmentMadeBeforeTheCrashedPushLinkedItsOrderStillBecomesAFulfillment()
    {
        var push = await OrderPushSandbox.CreateAsync(factory, push: false);
        var sandbox = new FulfillmentSandbox(push);
        var id = (await push.NewOrdersAsync(1)).Single();
        var orderId = await push.PortalOrderIdAsync(id);
        var item = await factory.ScopedAsync(async s => (await s.GetRequiredService<SfccOrderPlanner>()
            .QueueOneAsync(s.GetRequiredService<PortalDbContext>(), push.Shop.Owner.WorkspaceId, push.SfccId, WorkItemKind.SfccCreateOrder, orderId, CancellationToken.None)).Id);
        factory.Crash.Arm("PUT", "/orders/TT");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(item, factory.Crash.Token));

        await sandbox.ShipAsync(id, "1ZRECOVERED0000001");
        await sandbox.PullFulfillmentsAsync();
        await sandbox.PullShippingRequestsAsync();
        Assert.Empty((await sandbox.ShippingAsync(id)).Fulfillments); // not the portal's order yet
        // Time passes: later shipments move both pulls' cursors well past this one's overlap window.
        var later = DateTimeOffset.UtcNow.AddMinutes(10);
        await MoveCursorAsync(push, SfccFulfillmentPull.Flow, later);
        await MoveCursorAsync(push, SfccShippingRequestPull.Flow, later);

        Assert.Equal(WorkOutcome.Done, await RunAsync(item, CancellationToken.None));
        await sandbox.PullFulfillmentsAsync();
        await sandbox.PullShippingRequestsAsync();

        var shipping = await sandbox.ShippingAsync(id);
        var fulfillment = Assert.Single(shipping.Fulfillments);
        Assert.Equal("1ZRECOVERED0000001", fulfillment.TrackingNumber);
        Assert.Contains((await push.OrderAsync(id)).Timeline, e => e.Message.Contains("found in Salesforce by its order number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APullThatStartedBeforeTheLinkDoesNotMoveTheRewoundCursorForward()
    {
        var push = await OrderPushSandbox.CreateAsync(factory, push: false);
        var flow = SfccFulfillmentPull.Flow + " (race)";
        var started = DateTimeOffset.UtcNow.AddMinutes(10);
        await MoveCursorAsync(push, flow, started);
        var runStartedFrom = await factory.ScopedAsync(s => s.GetRequiredService<SyncCursors>().ReadAsync(push.SfccId, flow, CancellationToken.None));

        var createdAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            await SyncCursors.RewindTimeAsync(db, push.SfccId, flow, createdAt, DateTimeOffset.UtcNow, CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        var committed = await factory.ScopedAsync(async s =>
        {
            var connection = await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == push.SfccId);
            return await s.GetRequiredService<SyncCursors>().CommitTimeIfUnchangedAsync(connection, flow, started.AddMinutes(1), runStartedFrom, CancellationToken.None);
        });

        Assert.False(committed);
        var cursor = await factory.ScopedAsync(s => s.GetRequiredService<SyncCursors>().ReadTimeAsync(push.SfccId, flow, CancellationToken.None));
        Assert.Equal(createdAt.ToUnixTimeSeconds(), cursor?.ToUnixTimeSeconds());
    }

    private Task<WorkOutcome> RunAsync(Guid item, CancellationToken ct) =>
        factory.ScopedAsync(s => s.GetRequiredService<WorkItemRunner>().RunNowAsync(item, ct));

    private Task MoveCursorAsync(OrderPushSandbox push, string flow, DateTimeOffset to) =>
        factory.ScopedAsync(async s =>
        {
            var connection = await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == push.SfccId);
            await s.GetRequiredService<SyncCursors>().CommitTimeAsync(connection, flow, to, CancellationToken.None);
            return 0;
        });
}
