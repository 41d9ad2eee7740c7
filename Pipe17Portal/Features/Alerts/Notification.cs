using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// One thing the workspace should know about. Occurrences of the same thing (same <see cref="FoldKey"/>: kind and subject,
/// e.g. a connection id) fold into one row while it is unresolved, unread or recent: <see cref="Count"/> grows and
/// <see cref="LastSeenAt"/> moves. A condition that clears sets <see cref="ResolvedAt"/>; it stays readable in the list.
/// </summary>
public sealed class Notification : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public NotificationKind Kind { get; set; }
    public NotificationSeverity Severity { get; set; }
    public required string FoldKey { get; set; }
    public required string Title { get; set; }
    public required string Message { get; set; }
    /// <summary>Where the fix is, relative to the portal (e.g. <c>integrations/{id}</c>).</summary>
    public string? Link { get; set; }
    public int Count { get; set; } = 1;
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    /// <summary>When Administrators were last emailed about this row (at most once an hour per fold key).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
    public List<NotificationRead> Reads { get; set; } = [];
}

/// <summary>
/// One reader has read one notification. Per member (user id, or "key:{id}" for an API key), so one Administrator reading
/// the bell does not hide it from the others; a folded repeat deletes the reads so it shows as new again.
/// </summary>
public sealed class NotificationRead
{
    public Guid NotificationId { get; set; }
    public required string ReaderId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
