using System.Collections.Concurrent;
using Pipe17Portal.Email;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>A configured mail server that keeps what it was given, for tests that assert who was emailed what.</summary>
public sealed class RecordingEmailDelivery : IEmailDelivery
{
    public sealed record Sent(string To, string Subject, string HtmlBody, IReadOnlyList<EmailAttachment> Attachments);

    public ConcurrentQueue<Sent> Mail { get; } = new();

    public bool IsConfigured => true;

    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default) => SendAsync(to, subject, htmlBody, [], ct);

    public Task SendAsync(string to, string subject, string htmlBody, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct = default)
    {
        Mail.Enqueue(new Sent(to, subject, htmlBody, attachments));
        return Task.CompletedTask;
    }

    public IReadOnlyList<Sent> To(string address) => [.. Mail.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))];
}
