using Quartz;

namespace Pipe17Portal.Sync;

/// <summary>
/// Schedules a connection's flows. Each flow of each connection is one Quartz job keyed (flow, "connection:{id}"),
/// so a connector reschedules a flow when its settings change and removing a connection stops all of its jobs.
/// </summary>
public sealed class ConnectionJobs(ISchedulerFactory schedulers)
{
    public static JobKey KeyFor(string flow, Guid connectionId) => new(flow, Group(connectionId));

    /// <summary>(Re)schedules one flow for a connection to run every <paramref name="interval"/>, starting now.</summary>
    public async Task ScheduleAsync<TJob>(string flow, Connection connection, TimeSpan interval, CancellationToken ct = default)
        where TJob : IJob
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = KeyFor(flow, connection.Id);
        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key)
            .UsingJobData(SyncJobData.ConnectionId, connection.Id.ToString())
            .UsingJobData(SyncJobData.WorkspaceId, connection.WorkspaceId.ToString())
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>Runs a scheduled flow now (a webhook, a merchant's "Sync now"); a run in progress finishes first.</summary>
    /// <param name="data">What this run is about (e.g. the order a webhook named), merged into the job's data.</param>
    public async Task TriggerAsync(string flow, Guid connectionId, CancellationToken ct = default, IReadOnlyDictionary<string, string>? data = null)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = KeyFor(flow, connectionId);
        if (await scheduler.Exists(key, ct))
        {
            var map = new JobDataMap();
            foreach (var (name, value) in data ?? new Dictionary<string, string>())
            {
                map[name] = value;
            }
            await scheduler.TriggerJob(key, map, ct);
        }
    }

    /// <summary>
    /// Runs a scheduled flow once more at <paramref name="at"/>, besides its schedule: for a retry that comes due before the
    /// next scheduled run, so it is not held back until then. One such wake per flow; an earlier one already set is kept.
    /// </summary>
    public async Task WakeAtAsync(string flow, Guid connectionId, DateTimeOffset at, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = KeyFor(flow, connectionId);
        if (!await scheduler.Exists(key, ct))
        {
            return;
        }
        var wakeKey = new TriggerKey(key.Name + ".wake", key.Group);
        var wake = TriggerBuilder.Create().WithIdentity(wakeKey).ForJob(key).StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
        if (await scheduler.GetTrigger(wakeKey, ct) is { } existing && existing.NextFireTimeUtc is { } set && set <= at)
        {
            return;
        }
        // Replace: two drains of the flow that set their wake at once leave the later one, which is close enough.
        await scheduler.ScheduleJob(wake, new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>When the flow runs next on its schedule (or an earlier wake); null when it is not scheduled.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(string flow, Guid connectionId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var triggers = await scheduler.GetTriggersOfJob(KeyFor(flow, connectionId), ct);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
    }

    public async Task<bool> IsScheduledAsync(string flow, Guid connectionId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return await scheduler.Exists(KeyFor(flow, connectionId), ct);
    }

    public async Task UnscheduleAsync(string flow, Guid connectionId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(KeyFor(flow, connectionId), ct);
    }

    public async Task UnscheduleAllAsync(Guid connectionId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJobs(GroupMatcher<JobKey>.GroupEquals(Group(connectionId)), ct);
    }

    public async Task<IReadOnlyList<string>> ScheduledFlowsAsync(Guid connectionId, CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group(connectionId)), ct);
        return [.. keys.Select(k => k.Name).Order()];
    }

    private static string Group(Guid connectionId) => $"connection:{connectionId}";
}

public static class SyncJobData
{
    public const string ConnectionId = "connectionId";
    public const string WorkspaceId = "workspaceId";
}
