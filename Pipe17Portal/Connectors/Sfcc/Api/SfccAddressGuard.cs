using System.Net;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>
/// The outbound address rule: a production connection calls only Salesforce's https hosts; a sandbox connection calls
/// only the portal's own emulator. Merchant-typed URLs (the OCAPI instance) must not turn the portal into a proxy
/// towards internal addresses.
/// </summary>
public static class SfccAddressGuard
{
    /// <summary>Hosts allowed as themselves or as a dot-suffix (<c>x.commercecloud.salesforce.com</c>).</summary>
    public static IReadOnlyList<string> ProductionDomains { get; } = ["commercecloud.salesforce.com", "demandware.net"];

    /// <summary>Allowed only as this exact host.</summary>
    public const string AccountManagerHost = "account.demandware.com";

    /// <summary>
    /// Checks a URL the merchant typed (the OCAPI instance URL). Answers null when it is acceptable, otherwise a
    /// sentence the settings form can show.
    /// </summary>
    public static string? Validate(Uri? url, bool isSandbox)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return "Enter the full address of your instance, e.g. https://zzte-053.dx.commercecloud.salesforce.com.";
        }

        if (isSandbox)
        {
            return url.Scheme is "http" or "https" ? null : $"'{url}' is not an http(s) address.";
        }

        return ProductionProblem(url);
    }

    /// <summary>The SCAPI short code becomes part of a host name, so only letters and digits are accepted.</summary>
    public static string? ValidateShortCode(string? shortCode) =>
        shortCode?.Trim() is { Length: >= 1 and <= 32 } code && code.All(char.IsAsciiLetterOrDigit)
            ? null
            : "The short code is the 8 letters and digits shown in Business Manager › Administration › Site Development › Salesforce Commerce API Settings.";

    /// <summary>Null when <paramref name="target"/> may be called for <paramref name="context"/>, otherwise why not.</summary>
    /// <param name="portalBaseUrl">The portal's own address (<see cref="SfccApiOptions.PortalBaseUrl"/>): when known, a sandbox
    /// connection is pinned to <c>{portal}/sandbox/sfcc/</c>; otherwise to the sandbox root of its Account Manager base.</param>
    public static string? Check(Uri target, SfccContext context, Uri? portalBaseUrl = null)
    {
        if (!target.IsAbsoluteUri)
        {
            return $"'{target}' is not an absolute address.";
        }

        if (context.IsSandbox)
        {
            var root = portalBaseUrl is null ? SandboxRoot(context.Endpoints) : SandboxRoot(SfccEndpoints.Sandbox(portalBaseUrl));
            return root is not null && IsUnder(target, new Uri(root))
                ? null
                : $"A sandbox connection may only call the portal's own SFCC sandbox ({root ?? "/sandbox/sfcc/"}); {Describe(target)} was refused.";
        }

        return ProductionProblem(target);
    }

    private static string? ProductionProblem(Uri url)
    {
        var where = Describe(url);
        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return $"{where} was refused: SFCC is only called over https.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return $"{where} was refused: the address must not contain a user name or password.";
        }

        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || IPAddress.TryParse(url.Host.Trim('[', ']'), out _))
        {
            return $"{where} was refused: IP addresses are not allowed, use the instance's host name under commercecloud.salesforce.com or demandware.net.";
        }

        var host = url.IdnHost.ToLowerInvariant();
        if (host is "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return $"{where} was refused: local addresses are not allowed.";
        }

        if (!url.IsDefaultPort)
        {
            return $"{where} was refused: only the standard https port 443 is allowed.";
        }

        var allowed = host == AccountManagerHost
            || ProductionDomains.Any(domain => host == domain || host.EndsWith("." + domain, StringComparison.Ordinal));
        return allowed
            ? null
            : $"{where} was refused: the portal only calls Salesforce Commerce Cloud hosts (*.commercecloud.salesforce.com, *.demandware.net, {AccountManagerHost}).";
    }

    // The three sandbox bases share "/sandbox/sfcc/" on the portal's own address; anything else is not the sandbox.
    private static string? SandboxRoot(SfccEndpoints endpoints)
    {
        var path = endpoints.AccountManagerBaseUrl.AbsolutePath;
        var at = path.IndexOf("/sandbox/sfcc/", StringComparison.Ordinal);
        return at < 0 ? null : endpoints.AccountManagerBaseUrl.GetLeftPart(UriPartial.Authority) + path[..(at + "/sandbox/sfcc/".Length)];
    }

    private static bool IsUnder(Uri target, Uri baseUrl)
    {
        if (!string.Equals(target.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(target.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
            || target.Port != baseUrl.Port)
        {
            return false;
        }

        var basePath = baseUrl.AbsolutePath.TrimEnd('/');
        var path = target.AbsolutePath;
        return !path.Contains("/../", StringComparison.Ordinal)
            && (path == basePath || path.StartsWith(basePath + "/", StringComparison.Ordinal));
    }

    private static string Describe(Uri url) => $"'{url.GetLeftPart(UriPartial.Authority)}'";
}
