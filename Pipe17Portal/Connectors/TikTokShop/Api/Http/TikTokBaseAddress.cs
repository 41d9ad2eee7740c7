namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

internal static class TikTokBaseAddress
{
    // Refit appends "/order/…" to the base path, so a trailing slash would double it.
    public static Uri Of(Uri baseUrl) => new(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'));
}
