using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Products;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>Every emulated open-api operation; a path not listed here answers 36009009, a listed path with another method 36009010.</summary>
public static class TikTokRoutes
{
    public static readonly IReadOnlyList<TikTokRoute> All =
    [
        .. TikTokShopEndpoints.Routes,
        .. TikTokOrderEndpoints.Routes,
        .. TikTokLogisticsEndpoints.Routes,
        .. TikTokFulfillmentEndpoints.Routes,
        .. TikTokPackageSearchEndpoints.Routes,
        .. TikTokProductEndpoints.Routes,
        .. TikTokInventoryEndpoints.Routes,
        .. TikTokWebhookEndpoints.Routes,
    ];
}
