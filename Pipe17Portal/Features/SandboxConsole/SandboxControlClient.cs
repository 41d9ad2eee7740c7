using System.Text.Json;
using Pipe17Portal.Features.Common;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>
/// Creates <see cref="ISandboxControlApi"/> clients for the portal's own address, carrying the control token (the control
/// API refuses other callers that are not on this machine, and the portal's own address may be a public one).
/// </summary>
public sealed class SandboxControlClient(IHttpClientFactory httpClients, PortalSelfAddress self, Sandbox.SandboxControlToken token)
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
            http.BaseAddress = self.BaseUri;
            http.DefaultRequestHeaders.Add(Sandbox.SandboxControlToken.HeaderName, token.Value);
            return RestService.ForGenerated<ISandboxControlApi>(http, Settings);
        }
    }
}
