using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Data;
using Quartz;

namespace Pipe17Portal.Sync;

/// <summary>
/// Deletes sync runs, finished work items and audit entries past their retention, workspace by workspace, and records
/// what it removed. Work items that are pending, in progress or blocked are never deleted, however old.
/// </summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    SyncRunRecorder recorder,
    IOptions<HousekeepingOptions> options,
    TimeProvider clock) : IJob
{
    public const string Flow = "Housekeeping";
    public static readonly JobKey Key = new("housekeeping", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        await RunAsync(ct);
    }

    /// <summary>Webhook ids are kept this long to recognise redeliveries (TikTok retries for about 12 hours).</summary>
    public static readonly TimeSpan WebhookReceiptRetention = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // Technical rows that belong to no merchant view: forgotten quietly.
            await db.WebhookReceipts.Where(r => r.ReceivedAt < now - WebhookReceiptRetention).ExecuteDeleteAsync(ct);
            await db.OAuthStates.Where(s => s.ExpiresAt < now.AddDays(-1)).ExecuteDeleteAsync(ct);
        }
        var runsBefore = now.AddDays(-options.Value.SyncRunRetentionDays);
        var auditBefore = now.AddDays(-options.Value.AuditRetentionDays);
        var workBefore = now.AddDays(-options.Value.WorkItemRetentionDays);

        List<Guid> workspaces;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            workspaces = await db.Workspaces.Select(w => w.Id).ToListAsync(ct);
        }

        foreach (var workspaceId in workspaces)
        {
            await recorder.RunAsync(workspaceId, null, Flow, async (counts, token) =>
            {
                // A job has no signed-in member, so it names the workspace explicitly instead of using the filter.
                await using var db = await dbFactory.CreateDbContextAsync(token);
                var runs = await db.SyncRuns.IgnoreQueryFilters()
                    .Where(r => r.WorkspaceId == workspaceId && r.StartedAt < runsBefore && r.Status != Client.Api.Contracts.SyncRunStatus.Running)
                    .ExecuteDeleteAsync(token);
                var entries = await db.AuditEntries.IgnoreQueryFilters()
                    .Where(a => a.WorkspaceId == workspaceId && a.At < auditBefore)
                    .ExecuteDeleteAsync(token);
                var work = await db.WorkItems.IgnoreQueryFilters()
                    .Where(w => w.WorkspaceId == workspaceId && w.State == Client.Api.Contracts.PushState.Done && w.CompletedAt < workBefore)
                    .ExecuteDeleteAsync(token);
                counts.Processed = runs + entries + work;
                counts.Succeeded = runs + entries + work;
            }, ct);
        }
    }
}
