using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Alerts.Detectors;

/// <summary>
/// Credentials about to stop working, read from what is stored (no call to TikTok or Salesforce):
/// a TikTok shop's refresh token (its expiry is saved with the tokens; once it passes, the shop must be authorized again),
/// and a Salesforce Business Manager password, whose expiry is estimated from when it was saved and the configured policy
/// lifetime (Salesforce does not tell). Only connected connections: one already in error is the connection alert's business.
/// </summary>
public sealed class CredentialsExpiryDetector(ConnectionSecrets secrets, IOptions<AlertsOptions> options) : IAlertDetector
{
    public IReadOnlyCollection<NotificationKind> Kinds { get; } = [NotificationKind.CredentialsExpiring];

    public async Task<IReadOnlyList<AlertSignal>> DetectAsync(AlertScanContext context, CancellationToken ct)
    {
        var horizon = context.Now.AddDays(context.Settings.ExpiryWarningDays);
        var signals = new List<AlertSignal>();
        foreach (var connection in context.Connections.Where(c => c.Status == ConnectionStatus.Connected))
        {
            var expiry = connection.Kind switch
            {
                ConnectorKind.TikTokShop => await TikTokAuthorizationExpiryAsync(context, connection, ct),
                ConnectorKind.SalesforceCommerceCloud => await BusinessManagerPasswordExpiryAsync(context, connection, ct),
                _ => null,
            };
            if (expiry is { } at && at.When <= horizon)
            {
                var days = Math.Max(0, (int)Math.Ceiling((at.When - context.Now).TotalDays));
                var when = at.When <= context.Now ? "has expired" : $"expires in {days} day{(days == 1 ? "" : "s")} ({at.When:yyyy-MM-dd} UTC)";
                signals.Add(new AlertSignal(NotificationKind.CredentialsExpiring, $"{connection.Id}:{at.What}",
                    at.When <= context.Now ? NotificationSeverity.Error : NotificationSeverity.Warning,
                    $"{connection.DisplayName}: {at.Label} {when}",
                    at.Fix, $"integrations/{connection.Id}"));
            }
        }
        return signals;
    }

    private async Task<Expiry?> TikTokAuthorizationExpiryAsync(AlertScanContext context, Connection connection, CancellationToken ct)
    {
        var json = await secrets.GetAsync(context.Db, connection.Id, TikTokSecrets.Tokens, ct);
        // Only the expiry is read; the tokens themselves stay with the connector.
        var stored = json is null ? null : JsonSerializer.Deserialize<StoredTikTokExpiry>(json);
        return stored is null || stored.RefreshTokenExpiresAt == default ? null
            : new Expiry("tiktok-authorization", stored.RefreshTokenExpiresAt, "the TikTok Shop authorization",
                "After that the portal can no longer renew its access and orders stop arriving. Open the connection and authorize the shop again.");
    }

    private async Task<Expiry?> BusinessManagerPasswordExpiryAsync(AlertScanContext context, Connection connection, CancellationToken ct)
    {
        if (options.Value.SfccPasswordLifetimeDays == 0)
        {
            return null;
        }
        var saved = await context.Db.ConnectionSecrets.AsNoTracking()
            .Where(s => s.ConnectionId == connection.Id && s.Name == SfccSecrets.BmPassword).Select(s => (DateTimeOffset?)s.UpdatedAt).SingleOrDefaultAsync(ct);
        return saved is null ? null
            : new Expiry("sfcc-bm-password", saved.Value.AddDays(options.Value.SfccPasswordLifetimeDays), "the Business Manager password",
                $"Business Manager passwords expire {options.Value.SfccPasswordLifetimeDays} days after they are set under Salesforce's default policy; this one was saved on {saved.Value:yyyy-MM-dd}. " +
                "Change it in Business Manager, then enter the new one on the connection and Connect.");
    }

    private sealed record Expiry(string What, DateTimeOffset When, string Label, string Fix);

    /// <summary>The one field of the stored TikTok tokens this detector needs.</summary>
    private sealed record StoredTikTokExpiry(DateTimeOffset RefreshTokenExpiresAt);
}
