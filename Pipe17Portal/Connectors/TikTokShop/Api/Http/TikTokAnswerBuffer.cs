using Microsoft.Extensions.Options;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>
/// Reads each answer's body completely, up to <see cref="TikTokHttpOptions.MaxAnswerBytes"/>, inside the resilience pipeline.
/// Refit hands back the response once the headers arrive, so without this a body that trickles in (or never ends) would be
/// read outside every timeout and hold its job for ever; here the attempt timeout covers the last byte too, and a body over
/// the limit fails the call instead of filling memory.
/// </summary>
public sealed class TikTokAnswerBuffer(IOptions<TikTokHttpOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(options.Value.MaxAnswerBytes, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
