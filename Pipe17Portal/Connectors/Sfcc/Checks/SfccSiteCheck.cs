using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>The Site ID names a site of the instance: OCAPI Data reads it (needs the Business Manager user grant).</summary>
public sealed class SfccSiteCheck(SfccCheckConnections connections, SfccClientFactory clients) : ICheck
{
    public string Key => "sfcc.site";
    public string Title => "The Salesforce site exists";
    public CheckArea Area => CheckArea.SalesforceConnection;
    public string HelpSlug => "connect-salesforce";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var (sfcc, problem) = await connections.ContextAsync(context, connection, s, ct);
        if (sfcc is null)
        {
            return problem!;
        }
        var site = await clients.For(sfcc).Data.GetSiteAsync(ct);
        if (site.IsSuccess)
        {
            return CheckFinding.Pass($"Site '{s.SiteId}' exists.", $"OCAPI Data GET /sites/{s.SiteId}: answered.");
        }
        var error = site.Error;
        if (error.Kind == SfccErrorKind.Authentication || SfccCredentialFaults.Classify(error) == SfccCredentialFault.Unreachable)
        {
            return CheckFinding.Skipped($"Could not read the site: {error.Message}. The Business Manager user check says why.",
                new CheckFix("Fix the Business Manager user or OCAPI client first, then run this check again.", CheckContext.ConnectionPage(connection.Id)));
        }
        var fix = error.FaultType == Api.SfccOcapiProbeClient.ForbiddenFault
            ? new CheckFix("Paste the OCAPI Data settings shown on the connection page into Business Manager (they allow GET /sites/*).", CheckContext.ConnectionPage(connection.Id, "ocapiSettings"))
            : new CheckFix($"Check the Site ID: '{s.SiteId}' must be the id in Business Manager → Administration → Sites → Manage Sites (case matters), not the site's name.", CheckContext.ConnectionPage(connection.Id, "siteId"));
        return CheckFinding.Fail($"Site '{s.SiteId}' could not be read: {error.Message}", fix, $"OCAPI Data GET /sites/{s.SiteId}: HTTP {error.HttpStatus} {error.FaultType}");
    });
}
