using Microsoft.AspNetCore.Hosting.Server;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// Where the portal can reach itself from the server side (its sandbox emulators): `Portal:PublicBaseUrl` when set,
/// else the first address Kestrel listens on, else http://localhost (the in-memory test server).
/// </summary>
public sealed class PortalSelfAddress(IConfiguration configuration, IServer server)
{
    public Uri BaseUri =>
        configuration["Portal:PublicBaseUrl"] is { Length: > 0 } configured ? new Uri(configured.TrimEnd('/') + "/") : ServerAddress.Listening(server);
}
