using Microsoft.AspNetCore.Http.Features;

namespace Pipe17Portal.Connectors.TikTokShop.Webhooks;

/// <summary>
/// Reads a webhook body without ever holding more than the limit: a declared Content-Length over it is refused before
/// reading, and a chunked body stops being read at the first byte past it (TikTok's events are a few hundred bytes).
/// </summary>
public static class TikTokWebhookBody
{
    /// <summary>The raw bytes, or null when the body is larger than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        // Kestrel then stops accepting the rest of the body too, instead of draining up to its 30 MB default.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var buffer = new byte[limit + 1];
        var length = 0;
        try
        {
            while (length < buffer.Length)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0)
                {
                    return buffer[..length];
                }
                length += read;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return null; // one byte past the limit: the rest is never read
    }
}
