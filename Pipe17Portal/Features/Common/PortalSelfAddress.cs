using Microsoft.AspNetCore.Hosting.Server;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// The portal's address for links in alert mails: `Portal:PublicBaseUrl` when set, else the first address Kestrel
/// listens on, else http://localhost (the in-memory test server). The server calls its sandbox at <see cref="SandboxBaseAddress"/>.
/// </summary>
public sealed class PortalSelfAddress(IConfiguration configuration, IServer server)
{
    public Uri BaseUri =>
        configuration["Portal:PublicBaseUrl"] is { Length: > 0 } configured ? new Uri(configured.TrimEnd('/') + "/") : ServerAddress.Listening(server);
}
