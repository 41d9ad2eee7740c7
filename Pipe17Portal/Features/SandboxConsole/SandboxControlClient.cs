using System.Text.Json;
using Pipe17Portal.Features.Common;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>
/// Creates <see cref="ISandboxControlApi"/> clients for the sandbox's address (<see cref="SandboxBaseAddress"/>), carrying the
/// control token (the control API refuses callers that are not on this machine, and the sandbox may be in another process).
/// </summary>
public sealed class SandboxControlClient(IHttpClientFactory httpClients, SandboxBaseAddress sandbox, Sandbox.SandboxControlToken token)
{
    public const string HttpClientName = "sandbox-control";

    private static readonly RefitSettings Settings = new()
    {
        ContentSerializer = new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        }),
    };

    public ISandboxControlApi Api
    {
        get
        {
            var http = httpClients.CreateClient(HttpClientName);
            http.BaseAddress = sandbox.BaseUri;
            http.DefaultRequestHeaders.Add(Sandbox.SandboxControlToken.HeaderName, token.Value);
            return RestService.ForGenerated<ISandboxControlApi>(http, Settings);
        }
    }
}
