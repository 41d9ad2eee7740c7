using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Sandbox.TikTok.Webhooks;

/// <summary>
/// Where the emulator may post webhooks: the portal's own webhook path (`/webhooks/tiktok/…`) on one of the portal's own
/// origins, or an origin listed in <c>Sandbox:TikTok:AllowedWebhookOrigins</c>. The real TikTok posts to any public URL; an
/// emulator reachable by anyone must not, or it becomes a way to make this server call internal addresses.
/// The portal's origins: <c>Portal:PublicBaseUrl</c>, <c>Sandbox:BaseUrl</c>, and the addresses the server listens on (a
/// loopback listener accepts any loopback host name on its port). A server that reports no address is the in-memory test
/// server, whose only origin is http://localhost.
/// </summary>
public sealed class TikTokWebhookTargets(IConfiguration configuration, IServer server, IOptions<TikTokOptions> options)
{
    public const string PortalWebhookPath = "/webhooks/tiktok/";

    /// <summary>Null when the address may be used, otherwise why not (naming what would be allowed).</summary>
    public string? Refusal(Uri address)
    {
        if (options.Value.AllowedWebhookOrigins.Any(o => Uri.TryCreate(o, UriKind.Absolute, out var allowed) && SameOrigin(allowed, address)))
        {
            return null;
        }
        var own = PortalOrigins().ToList();
        if (address.AbsolutePath.StartsWith(PortalWebhookPath, StringComparison.OrdinalIgnoreCase) && own.Any(o => SameOrigin(o, address)))
        {
            return null;
        }
        return $"this sandbox posts webhooks only to the portal's own webhook path ({string.Join(" or ", own.Select(o => o.GetLeftPart(UriPartial.Authority) + PortalWebhookPath + "…"))}); " +
            "add other receivers to Sandbox:TikTok:AllowedWebhookOrigins.";
    }

    private IEnumerable<Uri> PortalOrigins()
    {
        foreach (var key in new[] { "Portal:PublicBaseUrl", "Sandbox:BaseUrl" })
        {
            if (Uri.TryCreate(configuration[key], UriKind.Absolute, out var configured))
            {
                yield return configured;
            }
        }
        foreach (var address in Features.Common.ServerAddress.All(server))
        {
            yield return address;
        }
    }

    private static bool SameOrigin(Uri origin, Uri address) =>
        string.Equals(origin.Scheme, address.Scheme, StringComparison.OrdinalIgnoreCase) && origin.Port == address.Port
        && (string.Equals(origin.IdnHost, address.IdnHost, StringComparison.OrdinalIgnoreCase) || IsLoopback(origin) && IsLoopback(address));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
