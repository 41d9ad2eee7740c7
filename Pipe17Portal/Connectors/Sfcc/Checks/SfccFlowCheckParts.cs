using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Sync;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// The parts the flow checks (catalog, inventory, fulfillment) share: a switch that is on (else a one-click action turns
/// it on), the scopes the flow's calls need from the B2C API client, and the flow's last finished run.
/// </summary>
public sealed class SfccFlowCheckParts(SfccCheckConnections connections, SfccCredentialTester tester)
{
    public const string EnableFlowKind = "sfcc.enable-flow";

    public static void Switch(SfccFindingBuilder found, Connection connection, bool on, string setting, string label)
    {
        if (on)
        {
            found.Ok($"{label}: on.");
            return;
        }
        found.Fail($"{label} is off.", new CheckFix($"Turn on {label} (the flow is scheduled at once), or switch it on in the connection's settings.",
            CheckContext.ConnectionPage(connection.Id, setting), new CheckAction(EnableFlowKind, connection.Id, setting, $"Turn on {label}")));
    }

    /// <summary>The B2C API client is allowed the scopes (each named when not); false when the check could not look.</summary>
    public async Task ScopesAsync(SfccFindingBuilder found, CheckContext context, Connection connection, SfccConnectionSettings s, IReadOnlyList<string> scopes, CancellationToken ct)
    {
        var (sfcc, problem) = await connections.ContextAsync(context, connection, s, ct);
        if (sfcc is null)
        {
            found.Fail(problem!.Summary, problem.Fix!);
            return;
        }
        var test = await tester.TestClientAsync(sfcc, SfccApiClientSlot.B2c, scopes, ct);
        if (test.Passed)
        {
            found.Ok($"B2C API client {test.ClientId} is allowed {string.Join(", ", scopes)}.");
        }
        else if (test.Fault == SfccCredentialFault.Unreachable)
        {
            found.Warn(test.Describe(), new CheckFix("Run the check again in a few minutes.", CheckContext.ConnectionPage(connection.Id)));
        }
        else
        {
            found.Fail(test.Describe(), new CheckFix(test.Fix(), test.Authenticates ? "help/sfcc-api-clients" : CheckContext.ConnectionPage(connection.Id, "b2cClientId")));
        }
    }

    /// <summary>The last finished run of the flow: failed fails with its error; none yet is only said.</summary>
    public static async Task LastRunAsync(SfccFindingBuilder found, CheckContext context, Connection connection, string flow, string label, CancellationToken ct)
    {
        var run = await context.Db.SyncRuns.AsNoTracking()
            .Where(r => r.ConnectionId == connection.Id && r.Flow == flow && r.Status != SyncRunStatus.Running)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            found.Ok($"{label}: no run has finished yet.");
        }
        else if (run.Status == SyncRunStatus.Failed)
        {
            found.Fail($"{label}: the last run failed at {run.FinishedAt ?? run.StartedAt:yyyy-MM-dd HH:mm} UTC — {run.Error}",
                new CheckFix("Fix what the error names (the Salesforce connection checks above tell which credential or setting), then Run now on the Integrations page.", "integrations"));
        }
        else
        {
            found.Ok($"{label}: last run succeeded at {run.FinishedAt ?? run.StartedAt:yyyy-MM-dd HH:mm} UTC ({run.Succeeded} item{(run.Succeeded == 1 ? "" : "s")}).");
        }
    }

    /// <summary>A flow only runs while its connection is Connected: otherwise a warning pointing at the status check.</summary>
    public static void Connected(SfccFindingBuilder found, Connection connection)
    {
        if (connection.Status != ConnectionStatus.Connected)
        {
            found.Warn($"The flow does not run while the connection is {connection.Status}: {connection.StatusMessage}",
                new CheckFix("Open the connection and click Connect again.", CheckContext.ConnectionPage(connection.Id)));
        }
    }
}
