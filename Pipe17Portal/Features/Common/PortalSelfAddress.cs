using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// Where the portal can reach itself from the server side (its sandbox emulators): `Portal:PublicBaseUrl` when set,
/// else the first address Kestrel listens on, else http://localhost (the in-memory test server).
/// </summary>
public sealed class PortalSelfAddress(IConfiguration configuration, IServer server)
{
    public Uri BaseUri
    {
        get
        {
            if (configuration["Portal:PublicBaseUrl"] is { Length: > 0 } configured)
            {
                return new Uri(configured.TrimEnd('/') + "/");
            }
            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (listening is null)
            {
                return new Uri("http://localhost/");
            }
            // Kestrel reports wildcard bindings as + or [::]; loopback reaches the same listener.
            var address = listening.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost");
            return new Uri(address.TrimEnd('/') + "/");
        }
    }
}
