using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Pipe17Portal.Connectors.TikTokShop.Api.Shops;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed partial class TikTokShopClient
{
    public const string GetAuthorizedShopsEndpoint = "GET /authorization/202309/shops";

    /// <summary>The shops this token may act for, with the cipher each shop-scoped call needs.</summary>
    public async Task<TikTokResult<IReadOnlyList<TikTokAuthorizedShop>>> GetAuthorizedShopsAsync(CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokAuthorizedShops>(GetAuthorizedShopsEndpoint, () => authorization.GetAuthorizedShopsAsync(ct), ct))
            .Map(data => data.Shops);
}
