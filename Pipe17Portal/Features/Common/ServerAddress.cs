using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pipe17Portal.Features.Common;

/// <summary>The address the server itself listens on: never taken from a request, so a forged Host header cannot change it.</summary>
public static class ServerAddress
{
    /// <summary>The first address Kestrel listens on (wildcards as localhost), or http://localhost/ for the in-memory test server.</summary>
    public static Uri Listening(IServer server) => All(server)[0];

    /// <summary>Every address Kestrel listens on (wildcards as localhost), or http://localhost/ for the in-memory test server.</summary>
    public static IReadOnlyList<Uri> All(IServer server)
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Kestrel reports wildcard bindings as +, * or [::]; loopback reaches the same listener.
        List<Uri> addresses = [.. listening
            .Select(a => a.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost"))
            .Select(a => Uri.TryCreate(a.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()];
        return addresses.Count > 0 ? addresses : [new Uri("http://localhost/")];
    }
}
