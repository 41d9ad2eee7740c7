namespace Pipe17Portal.Email;

/// <summary>Sends the portal's few emails (confirmations, password resets, invitations).</summary>
public interface IEmailDelivery
{
    /// <summary>False when no mail server is configured: mail is only logged, so the UI shows links itself.</summary>
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default);
}
