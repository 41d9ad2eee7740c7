using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Security;
using Quartz;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// Every minute, scans each workspace's state for alert conditions (connections, exceptions, stuck orders, expiring
/// credentials). It reads the data the flows leave behind, so the flows' code knows nothing of alerts.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AlertsJob(IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> dbFactory, ILogger<AlertsJob> log) : IJob
{
    public static readonly JobKey Key = new("alerts-scan", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) => await RunAsync(ct);

    public async Task RunAsync(CancellationToken ct)
    {
        List<Guid> workspaces;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            workspaces = await db.Workspaces.Select(w => w.Id).ToListAsync(ct);
        }
        foreach (var workspaceId in workspaces)
        {
            await ScanAsync(workspaceId, ct);
        }
    }

    public async Task ScanAsync(Guid workspaceId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentMember>().ActAs(new Member(workspaceId, null, null, "Alerts", WorkspaceRole.User));
            await scope.ServiceProvider.GetRequiredService<AlertScanner>().ScanAsync(workspaceId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One workspace's trouble must not keep the others from being alerted.
            log.LogError(e, "Alert scan failed for workspace {WorkspaceId}", workspaceId);
        }
    }
}
