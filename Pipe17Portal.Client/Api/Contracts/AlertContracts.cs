namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>What a notification is about; a kind can be muted per workspace.</summary>
public enum NotificationKind
{
    /// <summary>A connection turned to Error or Needs re-authorization.</summary>
    ConnectionProblem = 0,
    /// <summary>More new order exceptions in the last hour than the workspace's threshold.</summary>
    ExceptionsAboveThreshold = 1,
    /// <summary>Orders have stayed in one status longer than expected.</summary>
    OrdersStuck = 2,
    /// <summary>A TikTok authorization or a Salesforce password is about to expire.</summary>
    CredentialsExpiring = 3,
    /// <summary>A scheduled troubleshooting check turned to fail.</summary>
    CheckFailed = 4,
}

public enum NotificationSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

/// <summary>
/// One notification. <see cref="Count"/> is how many times the same thing (same fold key) happened again while the
/// notification was unread or recent; <see cref="ResolvedAt"/> is set once the condition cleared. Link is relative to the portal.
/// </summary>
public sealed record NotificationInfo(
    Guid Id,
    NotificationKind Kind,
    NotificationSeverity Severity,
    string Title,
    string Message,
    string? Link,
    int Count,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ResolvedAt,
    bool IsRead);

/// <summary>A page of notifications, unread first, with the caller's unread count.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationInfo> Items, int Total, int Unread, int Page, int PageSize);

public sealed record UnreadCountInfo(int Count);

public sealed record MarkedReadInfo(int Marked);

/// <summary>
/// A workspace's alert settings. Muted kinds are neither shown as new nor emailed. Email goes to the workspace's
/// Administrators, at most once an hour for the same thing.
/// </summary>
public sealed record AlertSettingsInfo(
    IReadOnlyList<NotificationKind> MutedKinds,
    bool EmailAdmins,
    int ExceptionsPerHourThreshold,
    int StuckOrderHours,
    int ExpiryWarningDays,
    bool EmailDeliveryConfigured = false);

public static class NotificationKinds
{
    public static string Title(NotificationKind kind) => kind switch
    {
        NotificationKind.ConnectionProblem => "Connection in error or needing re-authorization",
        NotificationKind.ExceptionsAboveThreshold => "Many new order exceptions",
        NotificationKind.OrdersStuck => "Orders stuck in a status",
        NotificationKind.CredentialsExpiring => "Authorizations or passwords about to expire",
        NotificationKind.CheckFailed => "A scheduled check turned to fail",
        _ => kind.ToString(),
    };
}
