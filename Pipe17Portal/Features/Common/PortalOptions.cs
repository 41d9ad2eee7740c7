using Microsoft.Extensions.Options;

namespace Pipe17Portal.Features.Common;

/// <summary>The `Portal` section: where merchants reach the portal, and which proxies may tell it about the original request.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The address merchants open (https://portal.example.com). Every link the portal mails starts with it.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Lets Production run without <see cref="PublicBaseUrl"/>, links then using the listening address: only for local tools
    /// on a throw-away database (the `bench` verbs listen on a port chosen at start), never for a portal people use.
    /// </summary>
    public bool LinksFromListeningAddress { get; set; }

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>The configured public address as a URI, or null when none is set.</summary>
    public Uri? PublicBase => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.Trim().TrimEnd('/') + "/");
}

/// <summary>
/// Proxies (a TLS terminator, a load balancer) whose X-Forwarded-For / X-Forwarded-Proto are believed. Loopback is always
/// trusted; anything else must be listed, or a client could claim any address and scheme.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Single proxy addresses, e.g. 10.0.0.2.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. 10.0.0.0/8.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>Checks the public address at start: well formed whenever set, and required in Production (links cannot come from a request's Host).</summary>
public sealed class PortalOptionsValidation(IHostEnvironment environment) : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return environment.IsProduction() && !options.LinksFromListeningAddress
                ? ValidateOptionsResult.Fail(
                    "Portal:PublicBaseUrl is required in Production: set it to the address merchants open, e.g. https://portal.example.com " +
                    "(environment variable Portal__PublicBaseUrl). Password-reset, confirmation and invitation links are built from it.")
                : ValidateOptionsResult.Success;
        }
        if (!Uri.TryCreate(options.PublicBaseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return ValidateOptionsResult.Fail(
                $"Portal:PublicBaseUrl '{options.PublicBaseUrl}' is not an http(s) address without query or fragment; use the form https://portal.example.com.");
        }
        return ValidateOptionsResult.Success;
    }
}
