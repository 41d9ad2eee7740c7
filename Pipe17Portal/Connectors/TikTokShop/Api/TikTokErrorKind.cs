namespace Pipe17Portal.Connectors.TikTokShop.Api;

public enum TikTokErrorKind
{
    /// <summary>TikTok refused the call with a business error code; retrying the same call will not help.</summary>
    Api,
    /// <summary>429 / 36009002, still throttled after the retries.</summary>
    RateLimited,
    /// <summary>5xx, internal error or timeout at TikTok; a later retry may succeed.</summary>
    Transient,
    /// <summary>The access token refused (105002, or 36009004 naming the access token) even after one refresh.</summary>
    ExpiredToken,
    /// <summary>The answer did not parse or lacked a required field.</summary>
    InvalidResponse,
    /// <summary>No answer at all: connection failure or our own timeout.</summary>
    Network,
    /// <summary>The merchant has to authorize the shop again.</summary>
    NeedsReauthorization,
    /// <summary>The address is neither TikTok's nor the portal's own sandbox, so nothing was sent (<see cref="TikTokAddressGuard"/>).</summary>
    AddressRefused,
}
