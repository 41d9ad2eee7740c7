namespace Pipe17Portal.Email;

/// <summary>A file sent with an email (e.g. a support request's diagnostic bundle).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Sends the portal's few emails (confirmations, password resets, invitations, alerts, support requests).</summary>
public interface IEmailDelivery
{
    /// <summary>False when no mail server is configured: mail is only logged, so the UI shows links itself.</summary>
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default);

    Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct = default);
}
