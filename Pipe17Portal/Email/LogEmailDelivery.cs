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
}
