using System.Net;

namespace Pipe17Portal.Sandbox;

/// <summary>
/// Keeps `/sandbox/_control/**` to callers that may change the emulated systems, before anything of the request is read:
/// <list type="bullet">
/// <item>a request carrying the control token (<see cref="SandboxControlToken"/>): the portal's own consoles, or a process
/// configured with the same <c>Sandbox:ControlToken</c>;</item>
/// <item>a loopback caller with no forwarding header: tests, the E2E suite and the bench verbs on this machine. A request
/// that came through a proxy on this machine carries X-Forwarded-For (unless the forwarded-headers middleware already
/// replaced the remote address with the real client), so it is not taken for local;</item>
/// <item>a request with no remote address at all: the in-memory test server (TestServer) creates requests inside the process
/// and sets none, and no network listener does that for TCP. (A Unix-socket listener also has none; it is local too.)</item>
/// </list>
/// Everyone else gets 403 naming the header to send.
/// </summary>
public sealed class SandboxControlGuard(RequestDelegate next, SandboxControlToken token, ILogger<SandboxControlGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsAllowed(context))
        {
            await next(context);
            return;
        }
        logger.LogWarning("Refused a sandbox control call from {Remote} to {Path}: no control token.", context.Connection.RemoteIpAddress, context.Request.Path);
        await SandboxProblem.Write(StatusCodes.Status403Forbidden,
            $"The sandbox control API answers only callers on this machine or requests with the {SandboxControlToken.HeaderName} header set to Sandbox:ControlToken.")
            .ExecuteAsync(context);
    }

    private bool IsAllowed(HttpContext context)
    {
        if (context.Request.Headers.TryGetValue(SandboxControlToken.HeaderName, out var given))
        {
            return token.Matches(given.ToString());
        }
        var forwarded = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded");
        return context.Connection.RemoteIpAddress switch
        {
            null => !forwarded,
            var remote => IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote) && !forwarded,
        };
    }
}
