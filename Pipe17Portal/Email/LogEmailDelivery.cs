namespace Pipe17Portal.Email;

/// <summary>Used when no SMTP server is configured (Development, sandbox demos): the mail, links included, goes to the log.</summary>
public sealed class LogEmailDelivery(ILogger<LogEmailDelivery> logger) : IEmailDelivery
{
    public bool IsConfigured => false;

    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
    {
        logger.LogWarning("Email delivery is not configured (Email:SmtpHost). Mail to {To}, '{Subject}': {Body}", to, subject, htmlBody);
        return Task.CompletedTask;
    }

    public Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct = default)
    {
        // Attachments are named, not dumped: a diagnostic bundle would drown the log.
        logger.LogWarning("Email delivery is not configured (Email:SmtpHost). Mail to {To}, '{Subject}' with {Attachments}: {Body}", to, subject,
            string.Join(", ", attachments.Select(a => $"{a.FileName} ({a.Content.Length} bytes)")), htmlBody);
        return Task.CompletedTask;
    }
}
