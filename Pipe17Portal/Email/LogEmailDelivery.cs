using System.Text.RegularExpressions;

namespace Pipe17Portal.Email;

/// <summary>
/// Used when no SMTP server is configured (Development, sandbox demos): the mail goes to the log. In Production its links
/// are removed first: reset, confirmation and invitation links are credentials, and logs are read by more people than mail.
/// </summary>
public sealed partial class LogEmailDelivery(ILogger<LogEmailDelivery> logger, IHostEnvironment environment) : IEmailDelivery
{
    public bool IsConfigured => false;

    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
    {
        logger.LogWarning("Email delivery is not configured (Email:SmtpHost). Mail to {To}, '{Subject}': {Body}", to, subject, Loggable(htmlBody));
        return Task.CompletedTask;
    }

    public Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct = default)
    {
        // Attachments are named, not dumped: a diagnostic bundle would drown the log.
        logger.LogWarning("Email delivery is not configured (Email:SmtpHost). Mail to {To}, '{Subject}' with {Attachments}: {Body}", to, subject,
            string.Join(", ", attachments.Select(a => $"{a.FileName} ({a.Content.Length} bytes)")), Loggable(htmlBody));
        return Task.CompletedTask;
    }

    private string Loggable(string htmlBody) =>
        environment.IsProduction() ? Link().Replace(htmlBody, "[link removed: configure Email:SmtpHost to deliver it]") : htmlBody;

    [GeneratedRegex("""(https?://|www\.)[^\s'"<>]+""", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
