using Microsoft.Extensions.Options;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>
/// Applies <see cref="TikTokAddressGuard"/> to every request, outside the retries: a refused address sends nothing and
/// becomes a failed result (via <see cref="TikTokCall"/>) that names the address.
/// </summary>
internal sealed class TikTokGuardHandler(IOptions<TikTokApiOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri!;
        if (TikTokAddressGuard.Check(target, options.Value.SandboxBase?.Invoke()) is { } refused)
        {
            throw new TikTokCallFailedException(new TikTokError(
                $"{request.Method} {target.AbsolutePath}", null, refused, null, null, TikTokErrorKind.AddressRefused));
        }
        return base.SendAsync(request, cancellationToken);
    }
}
