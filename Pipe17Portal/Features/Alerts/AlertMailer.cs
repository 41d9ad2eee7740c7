using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// Emails new and repeated notifications to the workspace's Administrators when the workspace turned email on, at most
/// once per fold key per interval (an hour by default), so a flapping connection does not flood anyone's inbox.
/// </summary>
public sealed class AlertMailer(IEmailDelivery email, PortalLinks links, TimeProvider clock, IOptions<AlertsOptions> options, ILogger<AlertMailer> log)
{
    public async Task SendAsync(PortalDbContext db, Guid workspaceId, AlertSettings settings, IReadOnlyList<Notification> raised, CancellationToken ct)
    {
        if (!settings.EmailAdmins || raised.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var since = now - TimeSpan.FromMinutes(options.Value.EmailIntervalMinutes);
        var due = new List<Notification>();
        foreach (var notification in raised.Where(n => !settings.IsMuted(n.Kind)).DistinctBy(n => n.FoldKey))
        {
            var emailedRecently = await db.Notifications.AnyAsync(n => n.FoldKey == notification.FoldKey && n.EmailedAt != null && n.EmailedAt > since, ct);
            if (!emailedRecently)
            {
                due.Add(notification);
            }
        }
        if (due.Count == 0)
        {
            return;
        }
        var admins = await db.Users.Where(u => u.WorkspaceId == workspaceId && u.Role == WorkspaceRole.Administrator && u.Email != null)
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var notification in due)
        {
            foreach (var admin in admins)
            {
                try
                {
                    await email.SendAsync(admin, $"Pipe17 alert: {notification.Title}", Body(notification), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The notification is in the bell either way; one bad mailbox must not stop the others.
                    log.LogWarning(e, "Alert email to {To} failed", admin);
                }
            }
            notification.EmailedAt = now;
        }
        await db.SaveChangesAsync(ct);
    }

    private string Body(Notification n)
    {
        var link = n.Link is null ? "" : $"<p><a href='{WebUtility.HtmlEncode(new Uri(links.BaseUri, n.Link).ToString())}'>Open the fix in the portal</a></p>";
        var count = n.Count > 1 ? $" (seen {n.Count} times)" : "";
        return $"<p><b>{WebUtility.HtmlEncode(n.Title)}</b>{count}</p><p>{WebUtility.HtmlEncode(n.Message)}</p>{link}" +
               "<p>You receive this because email alerts are on for your workspace (Settings → Alerts), where you can turn them off or mute this kind.</p>";
    }
}
