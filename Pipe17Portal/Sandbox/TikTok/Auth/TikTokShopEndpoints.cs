using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Auth;

/// <summary>`GET /authorization/202309/shops`: the shops the token's seller authorized (one per sandbox account).</summary>
public static class TikTokShopEndpoints
{
    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("GET", "/authorization/202309/shops", TikTokScopes.Authorization, Shops, ShopScoped: false),
    ];

    private static Task<TikTokReply> Shops(TikTokCall call)
    {
        var a = call.Account;
        return Task.FromResult(TikTokReply.Ok(new
        {
            shops = new[] { new { cipher = a.TikTokShopCipher, code = a.TikTokShopCode, id = a.TikTokShopId, name = a.TikTokShopName, region = a.TikTokRegion, seller_type = "LOCAL" } },
        }));
    }
}
