using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// One workspace's scan: every detector says which conditions hold now; each is raised (folded onto its notification),
/// the detector's notifications whose condition cleared are resolved, and new occurrences are emailed if the workspace wants.
/// Runs in a DI scope acting for the workspace.
/// </summary>
public sealed class AlertScanner(
    PortalDbContext db,
    IEnumerable<IAlertDetector> detectors,
    NotificationBook book,
    AlertSettingsStore settingsStore,
    AlertMailer mailer,
    TimeProvider clock,
    ILogger<AlertScanner> log)
{
    public async Task ScanAsync(Guid workspaceId, CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(db, workspaceId, ct);
        var connections = await db.Connections.AsNoTracking().ToListAsync(ct);
        var context = new AlertScanContext(workspaceId, db, connections, settings, clock.GetUtcNow());
        var raised = new List<Notification>();
        foreach (var detector in detectors)
        {
            IReadOnlyList<AlertSignal> signals;
            try
            {
                signals = await detector.DetectAsync(context, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A detector that cannot look must not resolve its kind's notifications as if the conditions had cleared.
                log.LogWarning(e, "Alert detector {Detector} failed for workspace {WorkspaceId}", detector.GetType().Name, workspaceId);
                continue;
            }
            foreach (var signal in signals)
            {
                var (notification, outcome) = await book.RaiseAsync(db, workspaceId, settings, signal, ct);
                if (outcome is RaiseOutcome.New or RaiseOutcome.Repeated)
                {
                    raised.Add(notification!);
                }
            }
            await book.ResolveAllExceptAsync(db, detector.Kinds, signals.Select(s => s.FoldKey).ToHashSet(), ct);
        }
        await db.SaveChangesAsync(ct);
        await mailer.SendAsync(db, workspaceId, settings, raised, ct);
    }
}
