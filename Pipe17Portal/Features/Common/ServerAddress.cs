using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pipe17Portal.Features.Common;

/// <summary>The address the server itself listens on: never taken from a request, so a forged Host header cannot change it.</summary>
public static class ServerAddress
{
    /// <summary>The first address Kestrel listens on (wildcards as localhost), or http://localhost/ for the in-memory test server.</summary>
    public static Uri Listening(IServer server)
    {
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
