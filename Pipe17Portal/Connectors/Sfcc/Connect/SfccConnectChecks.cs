using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Credentials;

namespace Pipe17Portal.Connectors.Sfcc.Connect;

/// <summary>
/// Connect's checks, in order, each alone so a merchant sees exactly which credential or setting is wrong: an Account
/// Manager token for each API client with the guide's scopes, the Business Manager grant, the site, the SLAS token (SLAS
/// names the site as its channel, so the site is checked first), the OCAPI version and settings.
/// </summary>
public sealed class SfccConnectChecks(SfccClientFactory clients, SfccCredentialTester tester)
{
    public async Task<IReadOnlyList<SfccCheckResult>> RunAsync(SfccContext context, CancellationToken ct)
    {
        var results = new List<SfccCheckResult>();
        var c = context.Credentials;

        await TokenCheckAsync(results, "B2C API client: Account Manager token", context, SfccApiClientSlot.B2c, ct);
        await TokenCheckAsync(results, "Shop API client: Account Manager token", context, SfccApiClientSlot.Shop, ct);
        await TokenCheckAsync(results, "OCAPI client: Account Manager token", context, SfccApiClientSlot.Ocapi, ct);

        var client = clients.For(context);
        var grant = await tester.TestBusinessManagerUserAsync(context, ct);
        results.Add(grant is not { } refused
            ? Pass("OCAPI: Business Manager user grant", $"{c.BmUser} signed in through the OCAPI client.")
            : new SfccCheckResult("OCAPI: Business Manager user grant", false,
                SfccCredentialFaults.Describe(SfccCredentialFaults.GrantCredential(refused.Fault, c.BmUser, c.OcapiClientId), refused.Fault, refused.Error),
                SfccCredentialFaults.Fix("OCAPI client", c.OcapiClientId, refused.Fault)));

        if (grant is not null)
        {
            results.Add(Skipped("Site exists", "Needs the Business Manager grant."));
            results.Add(Skipped("Shop API client: SLAS token", "Needs a known site."));
            results.Add(Skipped("OCAPI version and settings", "Needs the Business Manager grant."));
            return results;
        }

        var site = await client.Data.GetSiteAsync(ct);
        results.Add(site.IsSuccess
            ? Pass("Site exists", $"Site '{c.SiteId}' answers.")
            : Fail("Site exists", site.Error, $"Check the Site ID: it is the id in Business Manager → Administration → Sites → Manage Sites (case matters), not the site's name."));

        var shopper = await client.Tokens.GetShopperTokenAsync(fresh: true, ct);
        results.Add(shopper.IsSuccess
            ? Pass("Shop API client: SLAS token", "SLAS issued a token for the Shop API client.")
            : Fail("Shop API client: SLAS token", shopper.Error, "Check the Shop API client id and password, and that it is a private SLAS client of this organization."));

        var version = await client.Shop.SearchOrdersAsync(new Api.Ocapi.OcapiSearchRequest(Api.Ocapi.OcapiQuery.MatchAll, 0, 1), ct);
        results.Add(version.IsSuccess
            ? Pass("OCAPI version and settings", $"OCAPI {c.OcapiVersion} accepted the portal's calls.")
            : Fail("OCAPI version and settings", version.Error,
                $"Paste the OCAPI settings shown on this page into Business Manager (Shop and Data, client {c.OcapiClientId}) and check the OCAPI version ({c.OcapiVersion})."));
        return results;
    }

    /// <summary>
    /// Connect asks each of the three clients for every scope of the setup guide's Step 1 list, so a client set up other
    /// than the guide says is named here, by its own check, before a flow trips over it.
    /// </summary>
    private async Task TokenCheckAsync(List<SfccCheckResult> results, string name, SfccContext context, SfccApiClientSlot slot, CancellationToken ct)
    {
        var test = await tester.TestClientAsync(context, slot, SfccRequiredScopes.SetupGuide, ct);
        results.Add(test.Passed
            ? Pass(name, $"Account Manager issued a token with all {SfccRequiredScopes.SetupGuide.Count} scopes of the setup guide's Step 1.")
            : new SfccCheckResult(name, false, test.Describe(), test.Fix()));
    }

    private static SfccCheckResult Pass(string name, string message) => new(name, true, message, null);

    private static SfccCheckResult Skipped(string name, string reason) => new(name, false, $"Not run: {reason}", "Fix the failing check above first.");

    private static SfccCheckResult Fail(string name, SfccError error, string fix)
    {
        var type = error.FaultType ?? error.ProblemType;
        return new(name, false, $"{error.Message}{(type is null ? "" : $" ({type})")}. {error.Explanation}", fix);
    }
}
