using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// Raises and resolves notifications with folding, in the caller's database context (already scoped to the workspace);
/// the caller saves. A condition that persists (a connection still in error) is one occurrence for as long as it lasts; it
/// counts again only after it cleared and came back while the notification was still unread or recent.
/// </summary>
public sealed class NotificationBook(TimeProvider clock, IOptions<AlertsOptions> options)
{
    public async Task<(Notification? Notification, RaiseOutcome Outcome)> RaiseAsync(
        PortalDbContext db, Guid workspaceId, AlertSettings settings, AlertSignal signal, CancellationToken ct)
    {
        if (settings.IsMuted(signal.Kind))
        {
            return (null, RaiseOutcome.Muted);
        }
        var now = clock.GetUtcNow();
        var latest = await LatestAsync(db, signal.FoldKey, ct);
        if (latest is not null && latest.ResolvedAt is null)
        {
            // Still the same occurrence: the text follows the condition (a new status message), the times do not move.
            Refresh(latest, signal);
            return (latest, RaiseOutcome.Ongoing);
        }
        if (latest is not null && (!await IsReadByAnyoneAsync(db, latest.Id, ct) || now - latest.ResolvedAt!.Value <= TimeSpan.FromHours(options.Value.FoldWindowHours)))
        {
            Refresh(latest, signal);
            latest.LastSeenAt = now;
            latest.Count++;
            latest.ResolvedAt = null;
            // A repeat is news again for everyone who had read it.
            await db.NotificationReads.Where(r => r.NotificationId == latest.Id).ExecuteDeleteAsync(ct);
            return (latest, RaiseOutcome.Repeated);
        }
        var created = new Notification
        {
            WorkspaceId = workspaceId, Kind = signal.Kind, Severity = signal.Severity, FoldKey = signal.FoldKey,
            Title = signal.Title, Message = signal.Message, Link = signal.Link, FirstSeenAt = now, LastSeenAt = now,
        };
        db.Notifications.Add(created);
        return (created, RaiseOutcome.New);
    }

    /// <summary>The condition behind this fold key cleared: it stops folding as "ongoing" and a return counts as a repeat.</summary>
    public async Task ResolveAsync(PortalDbContext db, string foldKey, CancellationToken ct)
    {
        var latest = await LatestAsync(db, foldKey, ct);
        if (latest is { ResolvedAt: null })
        {
            latest.ResolvedAt = clock.GetUtcNow();
        }
    }

    /// <summary>Resolves every unresolved notification of these kinds whose fold key is not among those still present.</summary>
    public async Task ResolveAllExceptAsync(PortalDbContext db, IReadOnlyCollection<NotificationKind> kinds, IReadOnlySet<string> present, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = await db.Notifications.Where(n => kinds.Contains(n.Kind) && n.ResolvedAt == null).ToListAsync(ct);
        foreach (var notification in open.Where(n => !present.Contains(n.FoldKey)))
        {
            notification.ResolvedAt = now;
        }
    }

    private static Task<Notification?> LatestAsync(PortalDbContext db, string foldKey, CancellationToken ct)
    {
        // Rows added in this context but not saved yet count too (two signals with one fold key in one scan).
        var pending = db.Notifications.Local.Where(n => n.FoldKey == foldKey).MaxBy(n => n.LastSeenAt);
        return pending is not null
            ? Task.FromResult<Notification?>(pending)
            : db.Notifications.Where(n => n.FoldKey == foldKey).OrderByDescending(n => n.LastSeenAt).FirstOrDefaultAsync(ct);
    }

    private static Task<bool> IsReadByAnyoneAsync(PortalDbContext db, Guid notificationId, CancellationToken ct) =>
        db.NotificationReads.AnyAsync(r => r.NotificationId == notificationId, ct);

    private static void Refresh(Notification notification, AlertSignal signal)
    {
        notification.Severity = signal.Severity;
        notification.Title = signal.Title;
        notification.Message = signal.Message;
        notification.Link = signal.Link;
    }
}
