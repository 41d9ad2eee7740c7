using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>
/// The generic customer may hold 4 open baskets. Found by the soak: baskets left by lost answers and restarts filled the
/// quota, and every order then waited out a retry; 253 of its attempts were spent on that. Leftovers are deleted and the
/// basket is asked for again in the same attempt.
/// </summary>
public class BasketQuotaTests(CrashingPortalFactory factory) : IClassFixture<CrashingPortalFactory>
{
    [Fact]
    public async Task BasketsLeftByCrashedAttemptsAreClearedAndTheNextOrderGoesThroughAtItsFirstAttempt()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(5);
        var items = new List<Guid>();
        foreach (var id in ids)
        {
            var orderId = await sandbox.PortalOrderIdAsync(id);
            items.Add(await factory.ScopedAsync(async s => (await s.GetRequiredService<SfccOrderPlanner>()
                .QueueOneAsync(s.GetRequiredService<PortalDbContext>(), sandbox.Shop.Owner.WorkspaceId, sandbox.SfccId, WorkItemKind.SfccCreateOrder, orderId, CancellationToken.None)).Id));
        }
        foreach (var item in items.Take(4))
        {
            factory.Crash.Arm("POST", "/baskets");
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(item, factory.Crash.Token));
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the leftovers are idle longer than AbandonedBasketSeconds (1 here)

        var outcome = await RunAsync(items[4], CancellationToken.None);

        Assert.Equal(WorkOutcome.Done, outcome);
        var last = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters().AsNoTracking().SingleAsync(w => w.Id == items[4]));
        Assert.Equal(1, last.Attempts);
        Assert.Equal(["TT" + ids[4]], (await sandbox.SfccOrdersAsync()).Select(o => o["order_no"]!.GetValue<string>()));
        var open = await factory.ScopedAsync(s => s.GetRequiredService<SandboxDbContext>().SfccDocuments
            .CountAsync(d => d.AccountId == sandbox.Shop.AccountId && d.Kind == "basket"));
        Assert.Equal(0, open); // the leftovers deleted, the order's own basket turned into the order
    }

    private Task<WorkOutcome> RunAsync(Guid item, CancellationToken ct) =>
        factory.ScopedAsync(s => s.GetRequiredService<WorkItemRunner>().RunNowAsync(item, ct));
}
