using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>Counts of one run, filled in by the flow as it works.</summary>
public sealed class SyncRunCounts
{
    public int? Expected { get; set; }
    public int Processed { get; set; }
    public int Succeeded { get; set; }
    public int Failed { get; set; }

    /// <summary>Saves the counts so far, so a long run shows its progress while it works.</summary>
    public Func<CancellationToken, Task> CheckpointAsync { get; internal set; } = _ => Task.CompletedTask;
}

/// <summary>
/// Records every run of a flow as a <see cref="SyncRun"/>: a row when it starts (so a crash leaves a trace),
/// the counts and any error when it ends. The flow's own failures are recorded, then rethrown to Quartz.
/// </summary>
public sealed class SyncRunRecorder(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, ILogger<SyncRunRecorder> logger)
{
    public async Task<SyncRun> RunAsync(
        Guid workspaceId, Guid? connectionId, string flow,
        Func<SyncRunCounts, CancellationToken, Task> work, CancellationToken ct)
    {
        var run = new SyncRun
        {
            WorkspaceId = workspaceId,
            ConnectionId = connectionId,
            Flow = flow,
            Status = SyncRunStatus.Running,
            StartedAt = clock.GetUtcNow(),
        };
        await SaveAsync(run, added: true);

        var counts = new SyncRunCounts();
        counts.CheckpointAsync = async token =>
        {
            run.Expected = counts.Expected;
            run.Processed = counts.Processed;
            run.Succeeded = counts.Succeeded;
            run.Failed = counts.Failed;
            await SaveAsync(run, added: false);
        };
        try
        {
            await work(counts, ct);
            run.Status = counts.Failed > 0 ? SyncRunStatus.Failed : SyncRunStatus.Succeeded;
            run.Error = counts.Failed > 0 ? $"{counts.Failed} item(s) failed; see the items for details." : null;
        }
        catch (Exception e)
        {
            run.Status = SyncRunStatus.Failed;
            run.Error = e is OperationCanceledException && ct.IsCancellationRequested
                ? "Stopped because the portal is shutting down; the next run continues."
                : e.Message;
            logger.LogError(e, "Flow {Flow} failed for workspace {WorkspaceId}", flow, workspaceId);
            throw;
        }
        finally
        {
            run.Expected = counts.Expected;
            run.Processed = counts.Processed;
            run.Succeeded = counts.Succeeded;
            run.Failed = counts.Failed;
            run.FinishedAt = clock.GetUtcNow();
            // Recorded even when the run is being cancelled.
            await SaveAsync(run, added: false);
        }
        return run;
    }

    /// <summary>Closes the runs a crash or a kill left running (called at start-up, before any job runs).</summary>
    public async Task<int> CloseInterruptedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.SyncRuns.IgnoreQueryFilters().Where(r => r.Status == SyncRunStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, SyncRunStatus.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, "Interrupted: the portal stopped while this run was in progress. The next run continues where it left off."), ct);
    }

    private async Task SaveAsync(SyncRun run, bool added)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (added)
        {
            db.SyncRuns.Add(run);
        }
        else
        {
            db.SyncRuns.Update(run);
        }
        await db.SaveChangesAsync();
    }
}
