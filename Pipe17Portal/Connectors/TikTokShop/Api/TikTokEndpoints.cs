namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>Where the client calls: TikTok's production hosts, or the portal's sandbox emulator under a path prefix.</summary>
public sealed record TikTokEndpoints(Uri AuthBaseUrl, Uri OpenApiBaseUrl, Uri AuthorizeUrl)
{
    public static TikTokEndpoints Production { get; } = new(
        new Uri("https://auth.tiktok-shops.com"),
        new Uri("https://open-api.tiktokglobalshop.com"),
        new Uri("https://services.tiktokshop.com/open/authorize"));

    /// <summary>The emulator's bases below the portal's own address, e.g. <c>http://localhost:5080/</c>.</summary>
    public static TikTokEndpoints Sandbox(Uri portalBaseUrl) => new(
        new Uri(portalBaseUrl, "/sandbox/tiktok/auth"),
        new Uri(portalBaseUrl, "/sandbox/tiktok/open-api"),
        new Uri(portalBaseUrl, "/sandbox/tiktok/services/open/authorize"));
}
