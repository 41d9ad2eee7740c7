using System.Text.RegularExpressions;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Sync;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// Short Code, Organization ID, Site ID and OCAPI URL: each has its shape (the same rules as the settings page), they agree
/// with each other (the OCAPI URL is https with no path, and a host that names a realm and instance names the Organization
/// ID's), and both hosts answer: SLAS on the Short Code's host for this organization with the site as channel, the OCAPI
/// token endpoint on the OCAPI URL. Any answer proves the address; the credentials are the client checks' business.
/// </summary>
public sealed partial class SfccSettingsCheck(SfccCheckConnections connections, SfccClientFactory clients) : ICheck
{
    public string Key => "sfcc.settings";
    public string Title => "Short Code, Organization ID, Site ID and OCAPI URL agree and answer";
    public CheckArea Area => CheckArea.SalesforceConnection;
    public string HelpSlug => "connect-salesforce";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var found = new SfccFindingBuilder();
        CheckFix Fix(string text, string section) => new(text, CheckContext.ConnectionPage(connection.Id, section));

        Shape(found, s.ShortCode, "Short Code", SfccConnectionService.ShortCodeShape(), "8 lowercase letters and digits", Fix("Copy the Short Code from Business Manager → Administration → Site Development → Salesforce Commerce API Settings.", "shortCode"));
        Shape(found, s.OrganizationId, "Organization ID", SfccConnectionService.OrganizationShape(), "f_ecom_ then realm and instance, e.g. f_ecom_zzte_053", Fix("Copy the Organization ID from the same Business Manager page as the Short Code.", "organizationId"));
        Shape(found, s.SiteId, "Site ID", SfccConnectionService.SiteShape(), "the site's id, e.g. RefArch", Fix("Use the id in Business Manager → Administration → Sites → Manage Sites (not the site's name).", "siteId"));
        if (s.IsSandbox)
        {
            found.Ok($"OCAPI URL: the sandbox's instance ({s.OcapiUrl}).");
        }
        else
        {
            OcapiUrl(found, s, Fix("Enter the instance's address only, e.g. https://abcd-001.dx.commercecloud.salesforce.com (https, no path), matching the Organization ID.", "ocapiUrl"));
        }
        if (found.Failed)
        {
            return found.Build("");
        }

        var (sfcc, problem) = await connections.ContextAsync(context, connection, s, ct);
        if (sfcc is null)
        {
            return problem!;
        }
        var client = clients.For(sfcc);
        var slas = await client.Tokens.GetShopperTokenAsync(fresh: true, ct);
        Reached(found, slas.IsSuccess ? null : slas.Error, $"Short Code host {sfcc.Endpoints.ScapiBaseUrl.Host} (SLAS for {s.OrganizationId}, channel {s.SiteId})",
            Fix("Check the Short Code and Organization ID: both are on Business Manager → Administration → Site Development → Salesforce Commerce API Settings.", "shortCode"),
            Fix($"Check the Site ID: '{s.SiteId}' must be a site of {s.OrganizationId} (Administration → Sites → Manage Sites; case matters).", "siteId"));
        var ocapi = await client.Tokens.GetBusinessManagerTokenAsync(fresh: true, ct);
        Reached(found, ocapi.IsSuccess ? null : ocapi.Error, $"OCAPI URL host {sfcc.Endpoints.OcapiBaseUrl.Host} (OCAPI token endpoint)",
            Fix("Check the OCAPI URL: the instance's own address, as in the browser's address bar when you open Business Manager (without /on/demandware.store/…).", "ocapiUrl"), null);
        return found.Build("The addresses are well-formed, agree with each other, and answer.");
    });

    private static void Shape(SfccFindingBuilder found, string value, string label, Regex shape, string expected, CheckFix fix)
    {
        if (shape.IsMatch(value))
        {
            found.Ok($"{label}: {value}");
        }
        else
        {
            found.Fail(value.Length == 0 ? $"{label} is empty; expected {expected}." : $"{label} '{value}' is not {expected}.", fix);
        }
    }

    private static void OcapiUrl(SfccFindingBuilder found, SfccConnectionSettings s, CheckFix fix)
    {
        if (!Uri.TryCreate(s.OcapiUrl, UriKind.Absolute, out var url))
        {
            found.Fail($"OCAPI URL '{s.OcapiUrl}' is not an address.", fix);
            return;
        }
        if (url.Scheme != Uri.UriSchemeHttps)
        {
            found.Fail($"OCAPI URL '{s.OcapiUrl}' is not https.", fix);
            return;
        }
        if (url.AbsolutePath.Trim('/').Length > 0 || url.Query.Length > 0)
        {
            found.Fail($"OCAPI URL '{s.OcapiUrl}' has a path ({url.PathAndQuery}); the portal adds /s/… itself.", fix);
            return;
        }
        var org = OrgParts().Match(s.OrganizationId);
        var host = HostParts().Match(url.Host);
        if (org.Success && host.Success && (host.Groups[1].Value != org.Groups[1].Value || host.Groups[2].Value != org.Groups[2].Value))
        {
            found.Fail($"OCAPI URL host {url.Host} names realm {host.Groups[1].Value}, instance {host.Groups[2].Value}; the Organization ID {s.OrganizationId} names realm {org.Groups[1].Value}, instance {org.Groups[2].Value}.", fix);
            return;
        }
        if (org.Success && !host.Success && !url.Host.Contains(org.Groups[1].Value, StringComparison.OrdinalIgnoreCase))
        {
            found.Warn($"OCAPI URL host {url.Host} does not name realm {org.Groups[1].Value}: a custom domain, or another realm's instance.", fix);
            return;
        }
        found.Ok($"OCAPI URL: {s.OcapiUrl} (https, no path{(org.Success ? $", realm {org.Groups[1].Value}" : "")}).");
    }

    /// <summary>Any HTTP answer proves the host; none (or a refused address) fails; 5xx/429 only warn (try again later).</summary>
    private static void Reached(SfccFindingBuilder found, SfccError? error, string what, CheckFix hostFix, CheckFix? channelFix)
    {
        switch (error)
        {
            case null:
                found.Ok($"{what}: answered.");
                break;
            case { Kind: SfccErrorKind.Network or SfccErrorKind.AddressRefused }:
                found.Fail($"{what}: no answer — {error.Message}.", hostFix);
                break;
            case { Kind: SfccErrorKind.Transient or SfccErrorKind.RateLimited }:
                found.Warn($"{what}: answered HTTP {error.HttpStatus} (busy or down) — {error.Message}.", new CheckFix("Run the check again in a few minutes.", hostFix.Href));
                break;
            case { HttpStatus: 404 }:
                found.Fail($"{what}: HTTP 404 — nothing there ({error.Message}).", hostFix);
                break;
            case { ProblemType: "invalid_request" } when channelFix is not null && error.Message.Contains("channel", StringComparison.OrdinalIgnoreCase):
                found.Fail($"{what}: {error.Message}", channelFix);
                break;
            default:
                found.Ok($"{what}: answered ({error.ProblemType ?? error.FaultType ?? $"HTTP {error.HttpStatus}"}; credentials are checked separately).");
                break;
        }
    }

    [GeneratedRegex("^f_ecom_([a-z0-9]{4})_([a-z0-9]{3})$")] private static partial Regex OrgParts();
    [GeneratedRegex("^([a-z0-9]{4})-([a-z0-9]{3})\\.", RegexOptions.IgnoreCase)] private static partial Regex HostParts();
}
