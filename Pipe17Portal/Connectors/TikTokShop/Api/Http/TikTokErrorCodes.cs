namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

public static class TikTokErrorCodes
{
    public const int ExpiredAccessToken = 105002;
    public const int TooManyRequests = 36009002;
    public const int InternalError = 36009003;
    public const int RequestTimeout = 36009007;
    public const int InvalidAuthCode = 36004004;
    /// <summary>Reused for several refusals (sign, app_key, timestamp, cipher, access token); the message says which.</summary>
    public const int InvalidCredentials = 36009004;

    /// <param name="message">TikTok's message: it tells a refused access token apart from the other 36009004 refusals.</param>
    public static TikTokErrorKind KindOf(int? code, int? httpStatus, string? message = null) => (code, httpStatus) switch
    {
        (TooManyRequests, _) or (_, 429) => TikTokErrorKind.RateLimited,
        (ExpiredAccessToken, _) => TikTokErrorKind.ExpiredToken,
        // The token this call carried was replaced meanwhile (a refresh by another job): like 105002, not a business refusal.
        (InvalidCredentials, _) when message?.Contains("access_token", StringComparison.OrdinalIgnoreCase) == true => TikTokErrorKind.ExpiredToken,
        (InternalError or RequestTimeout, _) or (_, >= 500) or (_, 408) => TikTokErrorKind.Transient,
        _ => TikTokErrorKind.Api,
    };
}
