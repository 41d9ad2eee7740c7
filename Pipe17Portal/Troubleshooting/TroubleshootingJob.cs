using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Troubleshooting.Checks;
using Quartz;

namespace Pipe17Portal.Troubleshooting;

/// <summary>
/// Runs every check of every workspace that has a connection, on a schedule, and stores the results: the Dashboard's
/// summary stays current and alerts hear when a check turns to fail, without anyone opening the Troubleshooting page.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TroubleshootingJob(IDbContextFactory<PortalDbContext> dbFactory, CheckRunner runner, ILogger<TroubleshootingJob> log) : IJob
{
    public static readonly JobKey Key = new("troubleshooting-checks", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) => await RunAsync(ct);

    public async Task RunAsync(CancellationToken ct)
    {
        List<Guid> workspaces;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            workspaces = await db.Connections.IgnoreQueryFilters().Select(c => c.WorkspaceId).Distinct().ToListAsync(ct);
        }
        foreach (var workspaceId in workspaces)
        {
            try
            {
                await runner.RunAsync(workspaceId, null, scheduled: true, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One workspace's trouble must not keep the others' checks from running.
                log.LogError(e, "Scheduled checks failed for workspace {WorkspaceId}", workspaceId);
            }
        }
    }
}
