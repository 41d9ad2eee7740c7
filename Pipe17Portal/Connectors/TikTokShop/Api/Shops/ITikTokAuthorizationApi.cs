using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Shops;

public interface ITikTokAuthorizationApi
{
    [Get("/authorization/202309/shops")]
    Task<HttpResponseMessage> GetAuthorizedShopsAsync(CancellationToken ct);
}
