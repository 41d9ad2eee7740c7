using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sync.Work;

/// <summary>
/// A retry comes due before the flow's next scheduled run: the runner wakes the flow at that moment, so the retry waits its
/// backoff and not the schedule. Here the push is scheduled hourly, so only the wake can bring the order to SFCC.
/// </summary>
public class RetryWakeTests(HourlyPushPortalFactory factory) : IClassFixture<HourlyPushPortalFactory>
{
    [Fact]
    public async Task AnOrderWhosePushFailedArrivesWhenItsRetryComesDueNotAtTheNextScheduledRun()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await FaultsAsync(sandbox, rate: 1);
        var id = (await sandbox.NewOrdersAsync(1)).Single();
        var orderId = await sandbox.PortalOrderIdAsync(id);

        await UntilAsync(async () => await ItemAsync(orderId) is { State: PushState.Pending, Attempts: >= 1 });
        // The hourly schedule's next run is an hour away; only the wake for the retry brings it within minutes.
        await UntilAsync(async () => await factory.ScopedAsync(s => s.GetRequiredService<ConnectionJobs>().NextRunAsync(SfccOrderPushJob.Flow, sandbox.SfccId))
            is { } next && next < DateTimeOffset.UtcNow.AddMinutes(5));

        await FaultsAsync(sandbox, rate: 0);
        await UntilAsync(async () => await ItemAsync(orderId) is { State: PushState.Done });

        Assert.Single(await sandbox.SfccOrdersAsync(), o => o["order_no"]?.GetValue<string>() == "TT" + id);
    }

    private static async Task FaultsAsync(OrderPushSandbox sandbox, double rate)
    {
        var response = await sandbox.Control.PutAsJsonAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults", new { system = "sfcc", rate, kinds = new[] { "503" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<WorkItem?> ItemAsync(Guid orderId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(w => w.SubjectId == orderId && w.Kind == WorkItemKind.SfccCreateOrder));

    /// <summary>Polls until the condition holds; the limit only keeps a broken build from hanging the run.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("The condition never held within a minute.");
    }
}

/// <summary>The order push runs on its schedule only hourly, and a failed attempt is retried after 2 s.</summary>
public sealed class HourlyPushPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sfcc:OrderPush:IntervalSeconds", "3600");
        builder.UseSetting("Sync:WorkItems:RetryBaseSeconds", "2");
    }
}
