using System.Net.Http.Headers;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Signing;

/// <summary>
/// Adds app_key, timestamp, shop_cipher and sign to every Open API call. It sits inside the resilience handler so
/// each retry is signed again with a fresh timestamp.
/// </summary>
public sealed class TikTokSigningHandler(TimeProvider clock) : DelegatingHandler
{
    private static readonly HashSet<string> Managed = new(StringComparer.Ordinal) { "app_key", "timestamp", "shop_cipher", "sign" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(TikTokRequestOptions.Shop, out var shop) || request.RequestUri is not { } uri)
        {
            throw new InvalidOperationException("TikTok Open API requests must be sent through a client from TikTokClientFactory.");
        }

        var apiPath = ApiPath(uri, shop.Endpoints.OpenApiBaseUrl);
        var query = TikTokQuery.Parse(uri.Query).Where(p => !Managed.Contains(p.Key)).ToList();
        query.Add(KeyValuePair.Create("app_key", shop.App.AppKey));
        query.Add(KeyValuePair.Create("timestamp", clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(shop.ShopCipher) && TakesShopCipher(apiPath))
        {
            query.Add(KeyValuePair.Create("shop_cipher", shop.ShopCipher));
        }

        var body = await ReadBodyOnceAsync(request, cancellationToken);
        var isMultipart = request.Content?.Headers.ContentType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
        query.Add(KeyValuePair.Create("sign", TikTokSignature.Compute(shop.App.AppSecret, apiPath, query, isMultipart ? [] : body)));

        request.RequestUri = new UriBuilder(uri) { Query = TikTokQuery.Format(query) }.Uri;
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The path TikTok signs: the request path without the configured base URL's own path (the sandbox prefix).</summary>
    public static string ApiPath(Uri requestUri, Uri baseUrl)
    {
        var basePath = baseUrl.AbsolutePath.TrimEnd('/');
        var path = requestUri.AbsolutePath;
        return basePath.Length > 0 && path.StartsWith(basePath + "/", StringComparison.Ordinal) ? path[basePath.Length..] : path;
    }

    public static bool TakesShopCipher(string apiPath) =>
        !apiPath.StartsWith("/authorization/", StringComparison.Ordinal) && !apiPath.StartsWith("/seller/", StringComparison.Ordinal);

    // The signed bytes and the sent bytes must be identical, so the body is read once and replaced by those bytes.
    private static async Task<byte[]> ReadBodyOnceAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Content is null)
        {
            request.Content = new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            return [];
        }

        var body = await request.Content.ReadAsByteArrayAsync(ct);
        var contentType = request.Content.Headers.ContentType is { MediaType: { } media } type && media.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? type
            : new MediaTypeHeaderValue("application/json");
        request.Content = new ByteArrayContent(body) { Headers = { ContentType = contentType } };
        return body;
    }
}
