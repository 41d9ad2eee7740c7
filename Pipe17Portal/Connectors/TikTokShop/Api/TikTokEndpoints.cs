namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>Where the client calls: TikTok's production hosts, or the portal's sandbox emulator under a path prefix.</summary>
public sealed record TikTokEndpoints(Uri AuthBaseUrl, Uri OpenApiBaseUrl, Uri AuthorizeUrl)
{
    public static TikTokEndpoints Production { get; } = new(
        new Uri("https://auth.tiktok-shops.com"),
        new Uri("https://open-api.tiktokglobalshop.com"),
        new Uri("https://services.tiktokshop.com/open/authorize"));

    /// <summary>The emulator's bases below the portal's own address, e.g. <c>http://localhost:5080/</c> (a path base is kept).</summary>
    public static TikTokEndpoints Sandbox(Uri portalBaseUrl)
    {
        var root = new Uri(portalBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return new(
            new Uri(root, "sandbox/tiktok/auth"),
            new Uri(root, "sandbox/tiktok/open-api"),
            new Uri(root, "sandbox/tiktok/services/open/authorize"));
    }
}
