using System.Net;

namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Applies <see cref="SfccAddressGuard"/> to every request of one connection, and to redirect targets: automatic
/// redirects are off in the primary handler, so a redirect is followed here only for a GET to an allowed address.
/// </summary>
internal sealed class SfccGuardHandler(SfccContext context, string api, Uri? portalBaseUrl) : DelegatingHandler
{
    private const int MaxRedirects = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Ensure(request.RequestUri!, request);
        var response = await base.SendAsync(request, cancellationToken);
        for (var hop = 0; IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hop++)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            response.Dispose();
            if (SfccAddressGuard.Check(target, context, portalBaseUrl) is { } refused)
            {
                throw Refused(request, $"SFCC redirected to another address, which was not followed: {refused}");
            }

            if (request.Method != HttpMethod.Get || hop >= MaxRedirects)
            {
                throw Refused(request, $"SFCC redirected {request.Method} {request.RequestUri!.AbsolutePath} to {target.GetLeftPart(UriPartial.Path)}, which was not followed.");
            }

            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken);
        }

        return response;
    }

    private void Ensure(Uri target, HttpRequestMessage request)
    {
        if (SfccAddressGuard.Check(target, context, portalBaseUrl) is { } refused)
        {
            throw Refused(request, refused);
        }
    }

    private SfccCallFailedException Refused(HttpRequestMessage request, string message) => new(new SfccError(
        $"{request.Method} {request.RequestUri?.AbsolutePath}", null, SfccErrorKind.AddressRefused, message,
        context.IsSandbox
            ? "A sandbox connection only talks to the portal's own SFCC sandbox."
            : $"For safety the portal only calls Salesforce Commerce Cloud over https ({api}): check the instance URL and short code in the settings.",
        null, null));

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 && status != HttpStatusCode.NotModified;
}
