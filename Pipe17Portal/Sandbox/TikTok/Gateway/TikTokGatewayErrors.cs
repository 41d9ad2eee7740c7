namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>The gateway's error replies, with TikTok's codes and messages (see the brief's common-errors table).</summary>
public static class TikTokGatewayErrors
{
    public static readonly TikTokReply InvalidPath = TikTokReply.Error(36009009, "Invalid path. Check the API path and version, e.g. /order/202309/orders/search.", StatusCodes.Status404NotFound);
    public static readonly TikTokReply InvalidMethod = TikTokReply.Error(36009010, "Invalid method. This path exists but does not accept this HTTP method.", StatusCodes.Status405MethodNotAllowed);
    public static readonly TikTokReply InvalidAppKey = TikTokReply.Error(36009004, "Invalid credentials. The 'app_key' query parameter is missing or invalid.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply MissingSign = TikTokReply.Error(36009004, "Invalid credentials. The 'sign' query parameter is missing.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply InvalidTimestamp = TikTokReply.Error(36009004, "Invalid timestamp. The 'timestamp' query parameter must be Unix seconds from 5 minutes before to 30 seconds after server time.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply InvalidSign = TikTokReply.Error(106001, "Invalid credentials. The 'sign' query parameter is invalid.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply InvalidToken = TikTokReply.Error(36009004, "Invalid credentials. The access_token or x-tts-access-token header is invalid.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply ExpiredToken = TikTokReply.Error(105002, "Expired credentials. The access_token or x-tts-access-token header has expired. Please refresh the access token.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply MissingCipher = TikTokReply.Error(106013, "The 'shop_cipher' query parameter is required for this API. Get it from /authorization/202309/shops.", StatusCodes.Status400BadRequest);
    public static readonly TikTokReply UnexpectedCipher = TikTokReply.Error(36009004, "Unexpected identifier: 'shop_cipher' must not be sent to this API.", StatusCodes.Status400BadRequest);
    public static readonly TikTokReply CipherMismatch = TikTokReply.Error(101000, "Invalid x-tts-access-token: the access token does not belong to the shop of this 'shop_cipher'.", StatusCodes.Status401Unauthorized);
    public static readonly TikTokReply TooManyRequests = TikTokReply.Error(36009002, "Too many requests. You've made too many requests in a short period of time.", StatusCodes.Status429TooManyRequests);

    public static TikTokReply MissingScope(string scope) =>
        TikTokReply.Error(105005, $"Access denied. The app or the seller's authorization lacks the scope '{scope}'.", StatusCodes.Status403Forbidden);
}
