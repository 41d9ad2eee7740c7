using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// The Business Manager user grant through the OCAPI client: it works, or why not — wrong user name or password (or access
/// key), the OCAPI client's id or password, or the user lacks a role allowed to use OCAPI (Salesforce's answer names the
/// roles where it says; a real instance may only say access is denied).
/// </summary>
public sealed class SfccBmUserCheck(SfccCheckConnections connections, SfccCredentialTester tester) : ICheck
{
    public string Key => "sfcc.bm-user";
    public string Title => "Business Manager user signs in to OCAPI";
    public CheckArea Area => CheckArea.SalesforceConnection;
    public string HelpSlug => "sfcc-business-manager-user";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var (sfcc, problem) = await connections.ContextAsync(context, connection, s, ct);
        if (sfcc is null)
        {
            return problem!;
        }
        if (await tester.TestBusinessManagerUserAsync(sfcc, ct) is not { } refused)
        {
            return CheckFinding.Pass($"{s.BmUser} signs in to OCAPI through client {s.OcapiClientId}.", $"User: {s.BmUser}", $"OCAPI client: {s.OcapiClientId}");
        }
        var (fault, error) = refused;
        var credential = SfccCredentialFaults.GrantCredential(fault, s.BmUser, s.OcapiClientId);
        var line = SfccCredentialFaults.Describe(credential, fault, error);
        var fix = new CheckFix(SfccCredentialFaults.Fix("OCAPI client", s.OcapiClientId, fault), fault switch
        {
            SfccCredentialFault.WrongUser => CheckContext.ConnectionPage(connection.Id, "bmUser"),
            SfccCredentialFault.MissingRole => "help/sfcc-business-manager-user",
            _ => CheckContext.ConnectionPage(connection.Id, "ocapiClientId"),
        });
        return fault == SfccCredentialFault.Unreachable
            ? CheckFinding.Warn(line, fix, $"User: {s.BmUser}")
            : CheckFinding.Fail(line, fix, $"User: {s.BmUser}", $"OCAPI client: {s.OcapiClientId}", $"Salesforce said: {error.Message}");
    });
}
