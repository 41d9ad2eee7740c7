using Microsoft.Extensions.Options;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Api.Http;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>Creates the client of one connection.</summary>
/// <param name="refusals">Told when a flow's credentials are refused (absent where the connector is not registered, e.g. API tests).</param>
public sealed class SfccClientFactory(IHttpMessageHandlerFactory handlers, SfccTokenService tokens, IOptions<SfccApiOptions> options, ISfccCredentialRefusals? refusals = null)
{
    public SfccClient For(SfccContext context) => new(
        context,
        HttpClientFor(context, SfccTokenKind.AccountManager, context.Endpoints.ScapiBaseUrl, "SCAPI"),
        HttpClientFor(context, SfccTokenKind.BusinessManager, context.Endpoints.OcapiBaseUrl, "OCAPI"),
        tokens);

    // Per connection: token (outermost, so a 401 retry goes through the guard again), then the address guard, then the
    // shared pooled pipeline (resilience per host, primary handler without automatic redirects).
    private HttpClient HttpClientFor(SfccContext context, SfccTokenKind kind, Uri baseUrl, string api) =>
        new(new SfccAuthHandler(context, kind, tokens, refusals)
        {
            InnerHandler = new SfccGuardHandler(context, api, options.Value.PinnedSandboxBase) { InnerHandler = handlers.CreateHandler(SfccHttpClients.Api) },
        })
        {
            // Refit appends "/product/…" to the base path, so a trailing slash would double it.
            BaseAddress = new Uri(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')),
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
