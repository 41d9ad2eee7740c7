using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Security;

/// <summary>
/// The portal behind a TLS-terminating proxy: the original client address and scheme from known proxies only, and in
/// Production HSTS, Secure cookies and a Host allow-list derived from `Portal:PublicBaseUrl`.
/// </summary>
public static class TransportSecurity
{
    /// <summary>Hosts the portal always answers in Production: container health checks and its calls to its own sandbox use them.</summary>
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static IHostApplicationBuilder AddTransportSecurity(this IHostApplicationBuilder builder)
    {
        var portal = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var proxies = portal.ForwardedHeaders.KnownProxies.Select(p => IPAddress.TryParse(p, out var address) ? address
            : throw new InvalidOperationException($"Portal:ForwardedHeaders:KnownProxies has '{p}', which is not an IP address; write it like 10.0.0.2.")).ToList();
        var networks = portal.ForwardedHeaders.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
            : throw new InvalidOperationException($"Portal:ForwardedHeaders:KnownNetworks has '{n}', which is not a network; write it in CIDR notation like 10.0.0.0/8.")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the client address and the scheme; the Host stays what the proxy sent, and links never come from it anyway.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });

        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        if (builder.Environment.IsProduction() && portal.PublicBase is { } publicBase)
        {
            // Runs after the host's own setup read `AllowedHosts`: "*" (the default) becomes the public host plus loopback.
            builder.Services.PostConfigure<HostFilteringOptions>(o =>
            {
                if (o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*"))
                {
                    o.AllowedHosts = [publicBase.Host, .. LoopbackHosts];
                }
            });
        }
        return builder;
    }

    /// <summary>First in the pipeline: everything after sees the client's address and scheme.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            // Cookies (session, antiforgery, status messages) are only ever sent over HTTPS in Production.
            app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
        }
        return app;
    }
}
