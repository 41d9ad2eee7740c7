namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>Per-request state carried from the per-shop handler to the shared signing handler.</summary>
internal static class TikTokRequestOptions
{
    public static readonly HttpRequestOptionsKey<TikTokShopContext> Shop = new("TikTokShop.Context");
}
