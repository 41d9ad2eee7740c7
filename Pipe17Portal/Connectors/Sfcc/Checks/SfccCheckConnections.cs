using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Sync;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// What every Salesforce check shares: it looks at each Salesforce connection of the workspace and folds the findings
/// (worst outcome wins, evidence per connection); with none it says so; and it opens a connection's client context the
/// way the flows do (<see cref="SfccLink.ContextAsync"/>: the sandbox's bases for a sandbox connection).
/// </summary>
public sealed class SfccCheckConnections(SfccLink link)
{
    public static CheckFinding NoConnection() => CheckFinding.Skipped("There is no Salesforce connection in this workspace.",
        new CheckFix("Add the Salesforce Commerce Cloud connector under Integrations, fill in its settings and click Connect.", "integrations"));

    public static async Task<CheckFinding> EachAsync(CheckContext context, Func<Connection, SfccConnectionSettings, Task<CheckFinding>> look)
    {
        var connections = context.Of(ConnectorKind.SalesforceCommerceCloud);
        if (connections.Count == 0)
        {
            return NoConnection();
        }
        var findings = new List<(Connection Connection, CheckFinding Finding)>();
        foreach (var connection in connections)
        {
            findings.Add((connection, await look(connection, SfccConnectionSettings.Read(connection.SettingsJson))));
        }
        if (findings.Count == 1)
        {
            return findings[0].Finding;
        }
        var worst = findings.MaxBy(f => Severity(f.Finding.Outcome));
        var evidence = findings.SelectMany(f => new[] { $"{f.Connection.DisplayName}: {f.Finding.Summary}" }.Concat(f.Finding.Evidence.Select(e => $"{f.Connection.DisplayName}: {e}"))).ToList();
        return new CheckFinding(worst.Finding.Outcome, $"{worst.Connection.DisplayName}: {worst.Finding.Summary}", evidence, worst.Finding.Fix);
    }

    /// <summary>Fail, then warn, then skipped, then pass: the outcome a set of findings shows.</summary>
    public static int Severity(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Fail => 3,
        CheckOutcome.Warn => 2,
        CheckOutcome.Skipped => 1,
        _ => 0,
    };

    /// <summary>The client context, or why there is none (settings not filled in, a password not stored) as a failed finding.</summary>
    public async Task<(SfccContext? Context, CheckFinding? Problem)> ContextAsync(CheckContext context, Connection connection, SfccConnectionSettings s, CancellationToken ct)
    {
        var empty = new (string Value, string Label, string Section)[]
        {
            (s.ShortCode, "Short Code", "shortCode"), (s.OrganizationId, "Organization ID", "organizationId"), (s.SiteId, "Site ID", "siteId"),
            (s.OcapiUrl, "OCAPI URL", "ocapiUrl"), (s.B2cClientId, "B2C API Client ID", "b2cClientId"), (s.ShopClientId, "B2C Shop API Client ID", "shopClientId"),
            (s.OcapiClientId, "OCAPI Client ID", "ocapiClientId"), (s.BmUser, "Business Manager User Name", "bmUser"),
        }.Where(f => string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (empty.Count > 0)
        {
            return (null, CheckFinding.Fail($"The connection's settings are not filled in: {string.Join(", ", empty.Select(e => e.Label))}.",
                new CheckFix("Enter the missing settings (or click Use sandbox), save, and click Connect.", CheckContext.ConnectionPage(connection.Id, empty[0].Section))));
        }
        try
        {
            return (await link.ContextAsync(context.Db, connection, s, ct), null);
        }
        catch (ApiProblemException e)
        {
            return (null, CheckFinding.Fail(e.Detail, new CheckFix("Enter it on the connection page, save, and click Connect.", CheckContext.ConnectionPage(connection.Id))));
        }
    }
}
