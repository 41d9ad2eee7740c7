using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// The connection's stored status: Connected passes; Error (Connect failed, or a flow's credentials were refused since)
/// and Not connected fail with the stored cause, and the fix is Connect again on the connection page (it runs the checks).
/// </summary>
public sealed class SfccConnectionStatusCheck : ICheck
{
    public string Key => "sfcc.connection-status";
    public string Title => "Salesforce connection is connected";
    public CheckArea Area => CheckArea.SalesforceConnection;
    public string HelpSlug => "sfcc-auth-errors-after-working";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, (connection, _) =>
    {
        var cause = string.IsNullOrWhiteSpace(connection.StatusMessage) ? "no cause was recorded" : connection.StatusMessage;
        var fix = new CheckFix("Fix the cause, then open the connection and click Connect again: it checks every credential and clears the error.",
            CheckContext.ConnectionPage(connection.Id));
        return Task.FromResult(connection.Status switch
        {
            ConnectionStatus.Connected => CheckFinding.Pass($"{connection.DisplayName} is connected.", $"Status: Connected — {cause}"),
            ConnectionStatus.Error => CheckFinding.Fail($"{connection.DisplayName} is in error: {cause}", fix, $"Status: Error since {connection.UpdatedAt:yyyy-MM-dd HH:mm} UTC", $"Cause: {cause}"),
            _ => CheckFinding.Fail($"{connection.DisplayName} is not connected: {cause}", fix, $"Status: {connection.Status}", $"Cause: {cause}"),
        });
    });
}
