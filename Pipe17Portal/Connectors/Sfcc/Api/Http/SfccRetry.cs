namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Which requests may be sent again after a 5xx or a timeout. Reads, searches and PUT/PATCH/DELETE of a known resource
/// are idempotent; a POST that creates something (basket, item, payment instrument, order) may have been applied
/// before the failure, so it is retried only when SFCC refused it up front (429, 503 load shedding).
/// </summary>
public static class SfccRetry
{
    private static readonly HttpRequestOptionsKey<bool> NotIdempotentKey = new("Sfcc.NotIdempotent");

    public static void MarkNotIdempotent(HttpRequestMessage request) => request.Options.Set(NotIdempotentKey, true);

    public static bool IsIdempotent(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        if (request.Options.TryGetValue(NotIdempotentKey, out var notIdempotent) && notIdempotent)
        {
            return false;
        }

        var last = request.RequestUri?.AbsolutePath.TrimEnd('/').Split('/')[^1] ?? "";
        if (request.Method == HttpMethod.Put && last == "orders")
        {
            return false; // OCAPI Shop PUT /orders creates an order from a document
        }

        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        // POSTs that only read: product-search, customer-search, order_search, get-availability, token requests.
        return last.EndsWith("search", StringComparison.OrdinalIgnoreCase)
            || last.EndsWith("_search", StringComparison.OrdinalIgnoreCase)
            || last is "get-availability" or "access_token" or "token";
    }
}
