using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Email;

public sealed class SmtpEmailDelivery(IOptions<EmailOptions> options, ILogger<SmtpEmailDelivery> logger) : IEmailDelivery
{
    public bool IsConfigured => true;

    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default) => SendAsync(to, subject, htmlBody, [], ct);

    public async Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct = default)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.SmtpUseTls };
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            client.Credentials = new NetworkCredential(o.SmtpUser, o.SmtpPassword);
        }
        using var message = new MailMessage(o.From, to, subject, htmlBody) { IsBodyHtml = true };
        foreach (var attachment in attachments)
        {
            // MailMessage disposes the attachments (and their streams) with itself.
            message.Attachments.Add(new Attachment(new MemoryStream(attachment.Content), attachment.FileName, attachment.ContentType));
        }
        await client.SendMailAsync(message, ct);
        logger.LogInformation("Sent '{Subject}' to {To}.", subject, to);
    }
}
