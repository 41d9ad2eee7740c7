using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;

namespace Pipe17Portal.Connectors.Sfcc.Connect;

/// <summary>
/// Connect's checks, in order, each alone so a merchant sees exactly which credential or setting is wrong: an Account
/// Manager token for each API client and the scopes in it, the Business Manager grant, the site, the SLAS token (SLAS
/// names the site as its channel, so the site is checked first), the OCAPI version and settings.
/// </summary>
public sealed class SfccConnectChecks(SfccClientFactory clients)
{
    public async Task<IReadOnlyList<SfccCheckResult>> RunAsync(SfccContext context, CancellationToken ct)
    {
        var results = new List<SfccCheckResult>();
        var c = context.Credentials;

        await TokenCheckAsync(results, "B2C API client: Account Manager token", context, SfccScopes.Requested, ct);
        await TokenCheckAsync(results, "Shop API client: Account Manager token",
            context with { Credentials = c with { B2cClientId = c.ShopClientId, B2cClientPassword = c.ShopClientPassword } }, [], ct);
        await TokenCheckAsync(results, "OCAPI client: Account Manager token",
            context with { Credentials = c with { B2cClientId = c.OcapiClientId, B2cClientPassword = c.OcapiClientPassword } }, [], ct);

        var client = clients.For(context);
        var grant = await client.Tokens.GetBusinessManagerTokenAsync(fresh: true, ct);
        results.Add(grant.IsSuccess
            ? Pass("OCAPI: Business Manager user grant", $"{c.BmUser} signed in through the OCAPI client.")
            : Fail("OCAPI: Business Manager user grant", grant.Error,
                "Check the Business Manager user name and password (or access key), the OCAPI client id and password, and that the user has a role allowed to use OCAPI."));

        if (!grant.IsSuccess)
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

    private async Task TokenCheckAsync(List<SfccCheckResult> results, string name, SfccContext context, IReadOnlyList<string> scopes, CancellationToken ct)
    {
        var tokens = clients.For(context).Tokens;
        var token = await tokens.GetAccountManagerTokenAsync(scopes, fresh: true, ct);
        if (token.IsSuccess)
        {
            var missing = token.Data.Missing(scopes);
            results.Add(missing.Count == 0
                ? Pass(name, scopes.Count == 0 ? "Account Manager issued a token." : $"The token has {string.Join(", ", scopes)}.")
                : MissingScopes(name, context, missing));
            return;
        }
        if (token.Error.ProblemType == "invalid_scope" || token.Error.FaultType == "invalid_scope")
        {
            // Account Manager refuses the whole request when one scope is not allowed: ask one by one to name it.
            var missing = new List<string>();
            foreach (var scope in scopes)
            {
                if (!(await tokens.GetAccountManagerTokenAsync([scope], fresh: true, ct)).IsSuccess)
                {
                    missing.Add(scope);
                }
            }
            results.Add(MissingScopes(name, context, missing.Count > 0 ? missing : scopes));
            return;
        }
        results.Add(Fail(name, token.Error, "Check this client's id and password in Account Manager → API Client."));
    }

    private static SfccCheckResult MissingScopes(string name, SfccContext context, IReadOnlyList<string> missing) =>
        new(name, false, $"The client is not allowed {string.Join(", ", missing)}.",
            $"In Account Manager → API Client → {context.Credentials.B2cClientId} → Allowed Scopes, add {string.Join(" ", missing)}, save, and click Connect again.");

    private static SfccCheckResult Pass(string name, string message) => new(name, true, message, null);

    private static SfccCheckResult Skipped(string name, string reason) => new(name, false, $"Not run: {reason}", "Fix the failing check above first.");

    private static SfccCheckResult Fail(string name, SfccError error, string fix)
    {
        var type = error.FaultType ?? error.ProblemType;
        return new(name, false, $"{error.Message}{(type is null ? "" : $" ({type})")}. {error.Explanation}", fix);
    }
}
