namespace Pipe17Portal.Connectors.Sfcc.Api;

public enum SfccErrorKind
{
    /// <summary>SFCC refused the call (validation, business rule); retrying the same call will not help.</summary>
    Api,
    /// <summary>404: the order, product, basket or list does not exist.</summary>
    NotFound,
    /// <summary>A token could not be obtained, or 401 even with a fresh token: the credentials are wrong.</summary>
    Authentication,
    /// <summary>403: a scope, an OCAPI resource permission or a role is missing.</summary>
    Forbidden,
    /// <summary>409 / 412: the document changed or the transition is not allowed.</summary>
    Conflict,
    /// <summary>429 or 503 load shedding, still throttled after the retries.</summary>
    RateLimited,
    /// <summary>5xx or a gateway timeout; a later retry may succeed.</summary>
    Transient,
    /// <summary>The answer did not parse or lacked a required field.</summary>
    InvalidResponse,
    /// <summary>No answer: connection failure, our own timeout, or the circuit is open.</summary>
    Network,
    /// <summary>The address is not one the connection may call (outbound address guard).</summary>
    AddressRefused,
}
