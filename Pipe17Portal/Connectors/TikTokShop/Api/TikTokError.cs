namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <param name="Endpoint">Method and API path, e.g. <c>POST /order/202309/orders/search</c>.</param>
/// <param name="Code">TikTok's <c>code</c> when the answer had one.</param>
public sealed record TikTokError(string Endpoint, int? Code, string Message, string? RequestId, int? HttpStatus, TikTokErrorKind Kind)
{
    public override string ToString() =>
        $"{Endpoint}: {Message}" + (Code is { } code ? $" (code {code})" : "") + (RequestId is { } id ? $" [request {id}]" : "");
}
