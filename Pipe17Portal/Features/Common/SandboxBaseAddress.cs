using Microsoft.AspNetCore.Hosting.Server;
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
        options.Value.BaseUrl is { Length: > 0 } configured ? new Uri(configured.TrimEnd('/') + "/") : ServerAddress.Listening(server);

    /// <summary>The same, without the trailing slash, as connection settings store it.</summary>
    public string BaseUrl => BaseUri.ToString().TrimEnd('/');
}
