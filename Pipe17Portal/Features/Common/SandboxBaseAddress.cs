using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Pipe17Portal.Sandbox;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// Where the portal's server calls its sandbox emulators and their control API: `Sandbox:BaseUrl` when set, else the
/// server's own listening address. Never a request's Host header, which a caller can forge to make the server call
/// (and store) an address of their choosing.
/// </summary>
public sealed class SandboxBaseAddress(IOptions<SandboxOptions> options, IServer server)
{
    public Uri BaseUri =>
        options.Value.BaseUrl is { Length: > 0 } configured ? new Uri(configured.TrimEnd('/') + "/") : ListeningAddress(server);

    /// <summary>The same, without the trailing slash, as connection settings store it.</summary>
    public string BaseUrl => BaseUri.ToString().TrimEnd('/');

    /// <summary>The first address the server listens on, else http://localhost (the in-memory test server).</summary>
    public static Uri ListeningAddress(IServer server)
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
