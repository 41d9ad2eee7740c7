using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sync.Work;

/// <summary>
/// Two entry points racing on the same work item, made deterministic with a gate that holds an SFCC call while the test
/// acts: the claim lets exactly one of them do the work, and nothing decided from a stale copy overwrites the other.
/// </summary>
public class WorkItemConcurrencyTests(GatedPortalFactory factory) : IClassFixture<GatedPortalFactory>
{
    [Fact]
    public async Task ARetryDuringAJobRunOfTheSameOrderWaitsForItAndCreatesOneSfccOrder()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(1);
        var orderId = await sandbox.PortalOrderIdAsync(ids[0]);

        factory.Gate.Arm("POST", "/baskets");
        await sandbox.SaveSyncAsync(push: true); // the push job starts at once
        await factory.Gate.Reached;              // it holds the item and is inside SFCC
        Assert.Equal(PushState.InProgress, await StateAsync(orderId));

        var retry = Task.Run(async () => await (await sandbox.Browser.PostAsync($"/api/v1/orders/{orderId}/retry", null)).ReadAsync<RetryResult>());
        await WaitUntilAsync(() => factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.WorkspaceId == sandbox.Shop.Owner.WorkspaceId && a.Action == "Order retried")));
        Assert.False(retry.IsCompleted, "The Retry must wait for the job's attempt, not run the item a second time.");
        factory.Gate.Open();
        var answer = await retry;
        await factory.WaitForQuietAsync(sandbox.SfccId);

        Assert.StartsWith("Done", answer.Message, StringComparison.Ordinal);
        Assert.Equal(1, factory.Gate.Count("POST", "/baskets"));
        Assert.Equal(0, factory.Gate.Count("POST", "/customers"));
        Assert.Equal(["TT" + ids[0]], (await sandbox.SfccOrdersAsync()).Select(o => o["order_no"]!.GetValue<string>()));
        var item = await ItemAsync(orderId);
        Assert.Equal((PushState.Done, 1), (item.State, item.Attempts));
        Assert.Empty(await sandbox.ExceptionsAsync(ids[0]));
    }

    [Fact]
    public async Task ACancellationImportedWhileTheOrderIsBeingPushedStillCancelsItInSfcc()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(1);

        factory.Gate.Arm("PUT", "/orders/TT");
        await sandbox.SaveSyncAsync(push: true, markSent: true);
        await factory.Gate.Reached; // the push job made the basket and is placing the order
        await sandbox.Shop.CancelAsync(sandbox.Control, ids[0]);
        await sandbox.ImportAsync();
        Assert.Equal(OrderStatus.Canceled, (await sandbox.OrderAsync(ids[0])).Summary.Status);
        factory.Gate.Open();
        await sandbox.PushAsync();

        var order = await sandbox.OrderAsync(ids[0]);
        Assert.Equal(OrderStatus.Canceled, order.Summary.Status); // never moved to Sent to fulfillment from a stale copy
        Assert.True("cancelled" == (await sandbox.SfccOrdersAsync()).Single()["status"]!.GetValue<string>(), await sandbox.DescribeAsync(ids[0]));
        Assert.Contains(order.Timeline, e => e.Message.StartsWith("Cancellation confirmed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwitchingPushOrdersOffMidDrainSendsNoFurtherOrder()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(6);

        factory.Gate.Arm("POST", "/baskets");
        await sandbox.SaveSyncAsync(push: true);
        await factory.Gate.Reached; // the job is sending the first order (one at a time in this factory)
        await sandbox.SaveSyncAsync(push: false);
        factory.Gate.Open();
        await factory.WaitForQuietAsync(sandbox.SfccId);

        // The order already inside SFCC completes; the other five are not sent and wait, untouched.
        Assert.Single(await sandbox.SfccOrdersAsync());
        var waiting = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters().AsNoTracking()
            .Where(w => w.ConnectionId == sandbox.SfccId && w.State == PushState.Pending).ToListAsync());
        Assert.Equal(ids.Count - 1, waiting.Count);
        Assert.All(waiting, w => Assert.Equal(0, w.Attempts));
    }

    [Fact]
    public async Task AClaimLeftByACrashedWorkerBlocksOthersUntilItsLeaseExpiresThenTheItemCompletesOnce()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(1);
        var orderId = await sandbox.PortalOrderIdAsync(ids[0]);
        var itemId = await factory.ScopedAsync(async s => (await s.GetRequiredService<SfccOrderPlanner>().QueueOneAsync(
            s.GetRequiredService<PortalDbContext>(), sandbox.Shop.Owner.WorkspaceId, sandbox.SfccId, WorkItemKind.SfccCreateOrder, orderId, CancellationToken.None)).Id);

        // A worker claims the item and dies before doing anything else.
        Assert.True(await factory.ScopedAsync(s => s.GetRequiredService<WorkItemClaims>().ClaimOneAsync(itemId, "crashed-worker", CancellationToken.None, TimeSpan.FromHours(1))));
        Assert.False(await factory.ScopedAsync(s => s.GetRequiredService<WorkItemClaims>().ClaimOneAsync(itemId, "second-worker", CancellationToken.None)));

        // Its lease runs out (moved into the past instead of waiting an hour).
        await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters().Where(w => w.Id == itemId)
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.LeaseUntil, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(WorkOutcome.Done, await factory.ScopedAsync(s => s.GetRequiredService<WorkItemRunner>().RunNowAsync(itemId, CancellationToken.None)));
        Assert.Equal(WorkOutcome.Done, await factory.ScopedAsync(s => s.GetRequiredService<WorkItemRunner>().RunNowAsync(itemId, CancellationToken.None)));

        Assert.Equal(["TT" + ids[0]], (await sandbox.SfccOrdersAsync()).Select(o => o["order_no"]!.GetValue<string>()));
        var item = await ItemAsync(orderId);
        Assert.Equal(PushState.Done, item.State);
        Assert.Null(item.LeaseOwner);
        Assert.Equal(2, item.Attempts); // the crashed attempt counts, so the one that finished looked the order up first
    }

    private Task<WorkItem> ItemAsync(Guid orderId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(w => w.SubjectId == orderId && w.Kind == WorkItemKind.SfccCreateOrder));

    private async Task<PushState> StateAsync(Guid orderId) => (await ItemAsync(orderId)).State;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 600 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
