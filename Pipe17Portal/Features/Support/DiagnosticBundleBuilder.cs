using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Support;

/// <summary>
/// The diagnostic bundle a support request carries: the workspace's connections and their settings, the names (never the
/// values) of their stored credentials, the alert settings, the latest check results, recent open exceptions, the channel
/// orders that could not be imported (open, and resolved recently), recent sync runs that failed, open notifications and the
/// portal version. Orders appear by their ids and statuses, never with their payloads, so no buyer's personal data goes in;
/// an import failure's reason, which may quote the order, passes through <see cref="PersonalDataRedactor"/>. Everything
/// passes through <see cref="SecretRedactor"/> last, with the workspace's decrypted credentials as the values to cut, so a
/// secret quoted anywhere is removed.
/// </summary>
public sealed class DiagnosticBundleBuilder(
    PortalDbContext db,
    SecretProtector protector,
    AlertSettingsStore alertSettings,
    IOptions<SupportOptions> options,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Pretty = new(PortalJson.Options) { WriteIndented = true };

    public static string PortalVersion { get; } =
        typeof(DiagnosticBundleBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DiagnosticBundleBuilder).Assembly.GetName().Version?.ToString() ?? "unknown";

    public async Task<string> BuildAsync(Member member, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-options.Value.BundleDays);
        var max = options.Value.BundleMaxRows;
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == member.WorkspaceId).Select(w => new { w.Id, w.Name, w.CreatedAt }).SingleAsync(ct);
        var connections = await db.Connections.AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var secrets = await db.ConnectionSecrets.AsNoTracking().ToListAsync(ct);
        var checks = await db.CheckResults.AsNoTracking().ToListAsync(ct);
        var exceptions = await db.OrderExceptions.AsNoTracking().Where(e => e.ResolvedAt == null)
            .OrderByDescending(e => e.LastSeenAt).Take(max)
            .Join(db.Orders, e => e.OrderId, o => o.Id, (e, o) => new
            {
                e.OrderId, o.SourceOrderId, OrderStatus = o.Status, e.ConnectionId, e.Type, e.Message, e.Cause, e.Fix, e.ExternalFaultType, e.ExternalMessage, e.OpenedAt, e.LastSeenAt,
            })
            .ToListAsync(ct);
        var openByCause = await db.OrderExceptions.AsNoTracking().Where(e => e.ResolvedAt == null)
            .GroupBy(e => e.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(ct);
        // The payload is read only to know which of its values are the buyer's; it never goes into the bundle.
        var importFailures = await db.OrderImportFailures.AsNoTracking().Where(f => f.ResolvedAt == null || f.ResolvedAt > since)
            .OrderBy(f => f.ResolvedAt != null).ThenByDescending(f => f.LastSeenAt).Take(max)
            .Select(f => new { f.Id, f.ConnectionId, f.SourceOrderId, f.Reason, f.RawJson, f.Attempts, f.FirstSeenAt, f.LastSeenAt, f.ResolvedAt })
            .ToListAsync(ct);
        var openImportFailures = await db.OrderImportFailures.CountAsync(f => f.ResolvedAt == null, ct);
        var failedRuns = await db.SyncRuns.AsNoTracking()
            .Where(r => r.StartedAt > since && (r.Status == SyncRunStatus.Failed || r.Error != null || r.Failed > 0))
            .OrderByDescending(r => r.StartedAt).Take(max)
            .Select(r => new { r.Id, r.ConnectionId, r.Flow, r.Status, r.StartedAt, r.FinishedAt, r.Processed, r.Succeeded, r.Failed, r.Error })
            .ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.ResolvedAt == null).OrderByDescending(n => n.LastSeenAt).Take(max)
            .Select(n => new { n.Kind, n.Severity, n.Title, n.Message, n.Count, n.FirstSeenAt, n.LastSeenAt }).ToListAsync(ct);
        var settings = await alertSettings.GetAsync(db, member.WorkspaceId, ct);

        var bundle = new JsonObject
        {
            ["about"] = "Pipe17 Portal diagnostic bundle. Every password, client secret, token and key is replaced by \"[redacted]\"; orders appear by their ids, without the buyer's personal data.",
            ["generatedAt"] = now,
            ["generatedBy"] = member.Actor,
            ["portalVersion"] = PortalVersion,
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["workspace"] = Node(workspace),
            ["connections"] = new JsonArray([.. connections.Select(c => new JsonObject
            {
                ["id"] = c.Id,
                ["kind"] = c.Kind.ToString(),
                ["displayName"] = c.DisplayName,
                ["status"] = c.Status.ToString(),
                ["statusMessage"] = c.StatusMessage,
                ["createdAt"] = c.CreatedAt,
                ["updatedAt"] = c.UpdatedAt,
                ["settings"] = ParseSettings(c.SettingsJson),
                // Which credentials are stored and when they changed: enough to spot a stale one, nothing to use. (Named "vault" because
                // a property named after credentials would itself be redacted whole.)
                ["vault"] = new JsonArray([.. secrets.Where(s => s.ConnectionId == c.Id).OrderBy(s => s.Name)
                    .Select(s => new JsonObject { ["name"] = s.Name, ["updatedAt"] = s.UpdatedAt, ["value"] = SecretRedactor.Redacted })]),
            })]),
            ["alertSettings"] = new JsonObject
            {
                ["mutedKinds"] = new JsonArray([.. settings.MutedKinds.Select(k => (JsonNode)k.ToString())]),
                ["emailAdmins"] = settings.EmailAdmins,
                ["exceptionsPerHourThreshold"] = settings.ExceptionsPerHourThreshold,
                ["stuckOrderHours"] = settings.StuckOrderHours,
                ["expiryWarningDays"] = settings.ExpiryWarningDays,
            },
            ["checkResults"] = new JsonArray([.. checks.Select(r => r.ToInfo()).OrderBy(r => r.Outcome == CheckOutcome.Pass).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => Node(r))]),
            ["openExceptionsByCause"] = new JsonArray([.. openByCause.OrderByDescending(g => g.Count).Select(g => Node(new { Type = g.Type.ToString(), g.Count }))]),
            ["recentOpenExceptions"] = new JsonArray([.. exceptions.Select(e => Node(e))]),
            ["openOrderImportFailures"] = openImportFailures,
            ["orderImportFailures"] = new JsonArray([.. importFailures.Select(f => Node(new
            {
                f.Id, f.ConnectionId, f.SourceOrderId, Reason = PersonalDataRedactor.Redact(f.Reason, f.RawJson), f.Attempts, f.FirstSeenAt, f.LastSeenAt, f.ResolvedAt,
                // Whether the channel's answer was read and is kept in the portal (shown on Orders → Exceptions), or could not be read at all.
                PayloadKept = f.RawJson != "{}",
            }))]),
            ["recentFailedSyncRuns"] = new JsonArray([.. failedRuns.Select(r => Node(r))]),
            ["openNotifications"] = new JsonArray([.. notifications.Select(n => Node(n))]),
        };

        var redactor = new SecretRedactor(secrets.Select(s => Readable(s.ProtectedValue)).OfType<string>());
        return redactor.Redact(bundle)!.ToJsonString(Pretty);
    }

    /// <summary>A credential that no longer decrypts (a lost key ring) cannot be quoted anywhere either; the name rules still apply.</summary>
    private string? Readable(string protectedValue)
    {
        try
        {
            return protector.Unprotect(protectedValue);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, PortalJson.Options);

    private static JsonNode? ParseSettings(string json)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        }
        catch (JsonException)
        {
            // Unreadable settings are themselves a finding; their text still goes through the redactor.
            return JsonValue.Create(json);
        }
    }
}
