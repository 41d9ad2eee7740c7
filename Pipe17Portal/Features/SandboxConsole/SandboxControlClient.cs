using System.Text.Json;
using Microsoft.Extensions.Options;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Sandbox;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>Creates <see cref="ISandboxControlApi"/> clients for the sandbox's address: `Sandbox:BaseUrl`, else the portal's own.</summary>
public sealed class SandboxControlClient(IHttpClientFactory httpClients, PortalSelfAddress self, IOptions<SandboxOptions> options)
{
    public const string HttpClientName = "sandbox-control";

    private static readonly RefitSettings Settings = new()
    {
        ContentSerializer = new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        }),
    };

    /// <summary>The sandbox's root (ending in /), never taken from a request: configuration or the server's own address.</summary>
    public Uri BaseUri => options.Value.BaseUrl is { } configured ? new Uri(configured.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/") : self.BaseUri;

    /// <summary>The same root without its trailing slash, as connection settings store it.</summary>
    public string BaseUrl => BaseUri.ToString().TrimEnd('/');

    public ISandboxControlApi Api
    {
        get
        {
            var http = httpClients.CreateClient(HttpClientName);
            http.BaseAddress = BaseUri;
            return RestService.ForGenerated<ISandboxControlApi>(http, Settings);
        }
    }
}
