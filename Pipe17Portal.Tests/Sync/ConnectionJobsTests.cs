using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;
using Quartz;

namespace Pipe17Portal.Tests.Sync;

public class ConnectionJobsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RemovingAConnectionStopsAllOfItsScheduledFlows()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);
        var created = await (await client.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Shop"))).ReadAsync<ConnectionSummary>();
        var keep = await (await client.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Other"))).ReadAsync<ConnectionSummary>();
        var jobs = factory.Services.GetRequiredService<ConnectionJobs>();
        foreach (var id in new[] { created.Id, keep.Id })
        {
            var connection = new Connection { Id = id, WorkspaceId = admin.WorkspaceId, DisplayName = "x" };
            await jobs.ScheduleAsync<IdleJob>("orders-pull", connection, TimeSpan.FromHours(1));
            await jobs.ScheduleAsync<IdleJob>("inventory-push", connection, TimeSpan.FromHours(1));
        }
        Assert.Equal(["inventory-push", "orders-pull"], await jobs.ScheduledFlowsAsync(created.Id));

        (await client.DeleteAsync($"/api/v1/connections/{created.Id}")).EnsureSuccessStatusCode();

        Assert.Empty(await jobs.ScheduledFlowsAsync(created.Id));
        Assert.Equal(2, (await jobs.ScheduledFlowsAsync(keep.Id)).Count);
    }

    [Fact]
    public async Task SchedulingAFlowAgainReplacesIt()
    {
        var jobs = factory.Services.GetRequiredService<ConnectionJobs>();
        var connection = new Connection { Id = Guid.NewGuid(), WorkspaceId = Guid.NewGuid(), DisplayName = "x" };

        await jobs.ScheduleAsync<IdleJob>("orders-pull", connection, TimeSpan.FromHours(1));
        await jobs.ScheduleAsync<IdleJob>("orders-pull", connection, TimeSpan.FromMinutes(5));

        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggersOfJob(ConnectionJobs.KeyFor("orders-pull", connection.Id));
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(triggers));
        Assert.Equal(TimeSpan.FromMinutes(5), trigger.RepeatInterval);
        await jobs.UnscheduleAllAsync(connection.Id);
    }

    public sealed class IdleJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;
    }
}
