using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// The bell and the alert settings. Any member reads notifications and marks them read (read state is per member).
/// Changing the settings needs the Developer role: the same bar as the connections' settings, since muting or raising a
/// threshold decides what the people fixing the integration hear about.
/// </summary>
public sealed class NotificationsService(
    PortalDbContext db,
    CurrentMember current,
    AlertSettingsStore settingsStore,
    AuditTrail audit,
    IEmailDelivery email,
    TimeProvider clock) : INotificationsApi
{
    public const int MaxPageSize = 100;

    public async Task<NotificationPage> ListAsync(int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        if (page < 1)
        {
            throw ApiProblemException.Invalid("page", "Pages start at 1.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw ApiProblemException.Invalid("pageSize", $"Ask for 1 to {MaxPageSize} notifications a page.");
        }
        var reader = ReaderId(member);
        var visible = await VisibleAsync(member, ct);
        var total = await visible.CountAsync(ct);
        var unread = await visible.CountAsync(n => !n.Reads.Any(r => r.ReaderId == reader), ct);
        var rows = await visible
            .OrderBy(n => n.Reads.Any(r => r.ReaderId == reader))
            .ThenByDescending(n => n.LastSeenAt)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new NotificationInfo(n.Id, n.Kind, n.Severity, n.Title, n.Message, n.Link, n.Count, n.FirstSeenAt, n.LastSeenAt, n.ResolvedAt,
                n.Reads.Any(r => r.ReaderId == reader)))
            .ToListAsync(ct);
        return new NotificationPage(rows, total, unread, page, pageSize);
    }

    public async Task<UnreadCountInfo> UnreadCountAsync(CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var reader = ReaderId(member);
        return new UnreadCountInfo(await (await VisibleAsync(member, ct)).CountAsync(n => !n.Reads.Any(r => r.ReaderId == reader), ct));
    }

    public async Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var reader = ReaderId(member);
        // Through the workspace filter: another workspace's notification is simply not found.
        if (!await db.Notifications.AnyAsync(n => n.Id == id, ct))
        {
            throw ApiProblemException.NotFound("Notification");
        }
        if (!await db.NotificationReads.AnyAsync(r => r.NotificationId == id && r.ReaderId == reader, ct))
        {
            db.NotificationReads.Add(new NotificationRead { NotificationId = id, ReaderId = reader, ReadAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<MarkedReadInfo> MarkAllReadAsync(CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var reader = ReaderId(member);
        var unread = await db.Notifications.Where(n => !n.Reads.Any(r => r.ReaderId == reader)).Select(n => n.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        db.NotificationReads.AddRange(unread.Select(id => new NotificationRead { NotificationId = id, ReaderId = reader, ReadAt = now }));
        await db.SaveChangesAsync(ct);
        return new MarkedReadInfo(unread.Count);
    }

    public async Task<AlertSettingsInfo> GetSettingsAsync(CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        return ToInfo(await settingsStore.GetAsync(db, member.WorkspaceId, ct));
    }

    public async Task<AlertSettingsInfo> UpdateSettingsAsync(AlertSettingsInfo settings, CancellationToken ct = default)
    {
        var member = await current.RequireAsync(WorkspaceRole.Developer, "Changing the alert settings");
        Validate(settings);
        var stored = await db.AlertSettings.SingleOrDefaultAsync(s => s.WorkspaceId == member.WorkspaceId, ct);
        if (stored is null)
        {
            stored = new AlertSettings { WorkspaceId = member.WorkspaceId };
            db.AlertSettings.Add(stored);
        }
        stored.MutedKinds = [.. settings.MutedKinds.Distinct().Order()];
        stored.EmailAdmins = settings.EmailAdmins;
        stored.ExceptionsPerHourThreshold = settings.ExceptionsPerHourThreshold;
        stored.StuckOrderHours = settings.StuckOrderHours;
        stored.ExpiryWarningDays = settings.ExpiryWarningDays;
        stored.UpdatedAt = clock.GetUtcNow();
        var muted = stored.MutedKinds.Count == 0 ? "none" : string.Join(", ", stored.MutedKinds);
        audit.Record(db, member, "alerts.settings-changed", field: "Alert settings", detail:
            $"Muted: {muted}; email to Administrators {(stored.EmailAdmins ? "on" : "off")}; exceptions threshold {stored.ExceptionsPerHourThreshold}/h; " +
            $"stuck after {stored.StuckOrderHours} h; expiry warning {stored.ExpiryWarningDays} days.");
        await db.SaveChangesAsync(ct);
        return ToInfo(stored);
    }

    private AlertSettingsInfo ToInfo(AlertSettings s) =>
        new([.. s.MutedKinds], s.EmailAdmins, s.ExceptionsPerHourThreshold, s.StuckOrderHours, s.ExpiryWarningDays, email.IsConfigured);

    private static void Validate(AlertSettingsInfo? settings)
    {
        if (settings is null)
        {
            throw ApiProblemException.Invalid("settings", "Send the alert settings (mutedKinds, emailAdmins and the three thresholds).");
        }
        if (settings.MutedKinds is null || settings.MutedKinds.Any(k => !Enum.IsDefined(k)))
        {
            throw ApiProblemException.Invalid("mutedKinds", $"List the kinds to mute, among: {string.Join(", ", Enum.GetNames<NotificationKind>())} (an empty list mutes none).");
        }
        if (settings.ExceptionsPerHourThreshold is < 1 or > 100_000)
        {
            throw ApiProblemException.Invalid("exceptionsPerHourThreshold", "Choose how many new exceptions in an hour raise an alert: 1 to 100000.");
        }
        if (settings.StuckOrderHours is < 1 or > 720)
        {
            throw ApiProblemException.Invalid("stuckOrderHours", "Choose after how many hours without change an order is stuck: 1 to 720.");
        }
        if (settings.ExpiryWarningDays is < 1 or > 90)
        {
            throw ApiProblemException.Invalid("expiryWarningDays", "Choose how many days ahead to warn about expiring credentials: 1 to 90.");
        }
    }

    /// <summary>Muted kinds are hidden from the bell, so muting quiets what is already there too.</summary>
    private async Task<IQueryable<Notification>> VisibleAsync(Member member, CancellationToken ct)
    {
        var muted = (await settingsStore.GetAsync(db, member.WorkspaceId, ct)).MutedKinds;
        return db.Notifications.AsNoTracking().Where(n => !muted.Contains(n.Kind));
    }

    /// <summary>Signed-in members read for themselves; an API key reads for itself.</summary>
    private static string ReaderId(Member member) => member.UserId ?? $"key:{member.ApiKeyId}";
}
