using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// The OCAPI settings (Shop and Data) allow every resource and method the portal calls, from the same list the pasted
/// JSON is made from (<see cref="OcapiSettingsHelper"/>). The settings cannot be read through any API, so each pair is
/// called once in a way that cannot change anything (<see cref="SfccOcapiProbeClient"/>); a 403
/// ClientAccessForbiddenException names the missing one and the flow that needs it.
/// </summary>
public sealed class SfccOcapiResourcesCheck(SfccCheckConnections connections, SfccClientFactory clients) : ICheck
{
    public string Key => "sfcc.ocapi-resources";
    public string Title => "OCAPI settings allow every call the portal makes";
    public CheckArea Area => CheckArea.SalesforceConnection;
    public string HelpSlug => "sfcc-ocapi-settings";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var (sfcc, problem) = await connections.ContextAsync(context, connection, s, ct);
        if (sfcc is null)
        {
            return problem!;
        }
        var probe = clients.For(sfcc).OcapiProbe;
        // The grant first: without it every call would be refused for another reason.
        var grant = await clients.For(sfcc).Tokens.GetBusinessManagerTokenAsync(fresh: false, ct);
        if (!grant.IsSuccess)
        {
            return CheckFinding.Skipped($"Needs the Business Manager user grant, which failed: {grant.Error.Message}",
                new CheckFix("Fix what the Business Manager user check reports, then run this check again.", CheckContext.ConnectionPage(connection.Id)));
        }
        var pairs = OcapiSettingsHelper.ShopResources.SelectMany(r => r.Methods.Select(m => (Shop: true, Resource: r, Method: m)))
            .Concat(OcapiSettingsHelper.DataResources.SelectMany(r => r.Methods.Select(m => (Shop: false, Resource: r, Method: m))))
            .ToList();
        var answers = await Task.WhenAll(pairs.Select(async p => (Pair: p, Result: await probe.CallAsync(p.Shop, p.Resource.Resource, p.Method, ct))));

        var missing = answers.Where(a => !a.Result.IsSuccess && a.Result.Error.FaultType == SfccOcapiProbeClient.ForbiddenFault)
            .Select(a => $"{(a.Pair.Shop ? "Shop" : "Data")} {a.Pair.Method.ToUpperInvariant()} {a.Pair.Resource.Resource} — needed by {a.Pair.Resource.UsedBy}").ToList();
        var unknown = answers.Where(a => a.Result.Error is { } e && e.FaultType != SfccOcapiProbeClient.ForbiddenFault)
            .Select(a => $"{(a.Pair.Shop ? "Shop" : "Data")} {a.Pair.Method.ToUpperInvariant()} {a.Pair.Resource.Resource}: could not tell ({a.Result.Error!.Message})").ToList();
        var pasteFix = new CheckFix(
            $"In Business Manager → Administration → Site Development → Open Commerce API Settings, paste the Shop and Data settings shown on the connection page for client {s.OcapiClientId}, save, and wait a few minutes for them to apply.",
            CheckContext.ConnectionPage(connection.Id, "ocapiSettings"));
        if (missing.Count > 0)
        {
            return CheckFinding.Fail($"The OCAPI settings do not allow {missing.Count} of the {pairs.Count} calls the portal makes.", pasteFix,
                [.. CheckFinding.Some(missing, 20), .. CheckFinding.Some(unknown, 5)]);
        }
        if (unknown.Count > 0)
        {
            return CheckFinding.Warn($"{unknown.Count} of the {pairs.Count} OCAPI calls could not be tested; the others are allowed.",
                new CheckFix("Run the check again; if it keeps failing, check the OCAPI URL and version.", CheckContext.ConnectionPage(connection.Id, "ocapiUrl")),
                CheckFinding.Some(unknown));
        }
        return CheckFinding.Pass($"The OCAPI settings allow all {pairs.Count} calls the portal makes (Shop v{s.OcapiVersion}, Data v{SfccDataClient.DataVersion}).",
            $"Shop: {OcapiSettingsHelper.ShopResources.Count} resources", $"Data: {OcapiSettingsHelper.DataResources.Count} resources");
    });
}
