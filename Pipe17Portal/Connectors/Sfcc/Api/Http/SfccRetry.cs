namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Which requests may be sent again after a 5xx or a timeout. Reads, searches and PUT/PATCH/DELETE of a known resource
/// are idempotent; a POST that creates something (basket, item, price adjustment, payment instrument, order, customer)
/// and OCAPI Shop's order-creating PUTs (/orders, /orders/{order_no}) may have been applied before the failure, so they
/// are retried only when SFCC refused them up front (429, 503 load shedding).
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

        var segments = request.RequestUri?.AbsolutePath.TrimEnd('/').Split('/') ?? [];
        var last = segments.Length > 0 ? segments[^1] : "";
        if (request.Method == HttpMethod.Put && last == "orders")
        {
            return false; // OCAPI Shop PUT /orders creates an order from a document
        }

        if (request.Method == HttpMethod.Put && segments.Length >= 5 && segments[^2] == "orders" && segments[^4] == "shop" && segments[^5] == "dw")
        {
            return false; // OCAPI Shop PUT …/dw/shop/v{n}/orders/{order_no} creates the order from a basket
        }

        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        // POSTs that only read: product-search, customer-search, order_search, get-availability, OCI's get-deltas (the same
        // token reads the same changes) and delta-token (an unused token costs nothing), token requests.
        // Everything else (baskets, items, price_adjustments, payment_instruments, orders, customers) creates something.
        return last.EndsWith("search", StringComparison.OrdinalIgnoreCase)
            || last.EndsWith("_search", StringComparison.OrdinalIgnoreCase)
            || last is "get-availability" or "get-deltas" or "delta-token" or "access_token" or "token";
    }
}
