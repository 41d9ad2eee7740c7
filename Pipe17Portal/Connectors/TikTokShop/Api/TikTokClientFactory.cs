using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>Creates the client of one connection. Scoped: it uses the portal's token store of the current scope.</summary>
public sealed class TikTokClientFactory(IHttpMessageHandlerFactory handlers, TikTokTokenManager tokens)
{
    public TikTokShopClient ForShop(TikTokShopContext shop) =>
        new(shop, HttpClientFor(TikTokHttpClients.OpenApiReads, shop), HttpClientFor(TikTokHttpClients.OpenApiWrites, shop));

    // The shared, pooled pipeline (resilience + signing) sits under a per-shop handler that knows the shop and its token.
    private HttpClient HttpClientFor(string pipeline, TikTokShopContext shop) =>
        new(new TikTokSessionHandler(shop, tokens) { InnerHandler = handlers.CreateHandler(pipeline) })
        {
            BaseAddress = TikTokBaseAddress.Of(shop.Endpoints.OpenApiBaseUrl),
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
