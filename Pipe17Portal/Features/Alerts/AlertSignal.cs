using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// Something that should be a notification: its kind and subject (together the fold key, e.g. a connection id), how bad it
/// is, what to tell the merchant and where the fix is (relative portal link).
/// </summary>
public sealed record AlertSignal(NotificationKind Kind, string Subject, NotificationSeverity Severity, string Title, string Message, string? Link)
{
    public string FoldKey => FoldKeyOf(Kind, Subject);

    public static string FoldKeyOf(NotificationKind kind, string subject) => $"{kind}:{subject}";
}

/// <summary>What raising a signal did.</summary>
public enum RaiseOutcome
{
    /// <summary>The kind is muted: nothing stored, nothing emailed.</summary>
    Muted,
    /// <summary>A new notification row.</summary>
    New,
    /// <summary>Folded onto an unread or recent notification: count + 1, unread again.</summary>
    Repeated,
    /// <summary>The same condition is still there: last seen and text refreshed, not a new occurrence.</summary>
    Ongoing,
}
