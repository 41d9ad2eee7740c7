namespace Pipe17Portal.Connectors.Sfcc.Api;

public sealed class SfccApiOptions
{
    /// <summary>
    /// The portal's own address. When set, sandbox connections may call only <c>{PortalBaseUrl}/sandbox/sfcc/…</c>
    /// whatever their stored endpoints say; when null, they are held to the sandbox root of their own endpoints.
    /// </summary>
    public Uri? PortalBaseUrl { get; set; }

    /// <summary>
    /// Where the portal reaches its sandbox now (the portal sets it from configuration or its own listening address), used
    /// when <see cref="PortalBaseUrl"/> is null: a sandbox connection whose stored address points elsewhere calls nothing.
    /// A function because the listening address is known only once the server has started.
    /// </summary>
    public Func<Uri>? SandboxBase { get; set; }

    /// <summary>The address sandbox connections are pinned to, if known.</summary>
    public Uri? PinnedSandboxBase => PortalBaseUrl ?? SandboxBase?.Invoke();

    /// <summary>
    /// First delay of the client's own retries (it doubles, with jitter); null means 1 s. A Retry-After from SFCC still
    /// wins. Tests against the emulator's injected faults shorten it.
    /// </summary>
    public TimeSpan? RetryBaseDelay { get; set; }

    /// <summary>API scopes asked of Account Manager for SCAPI calls; null means <see cref="Auth.SfccScopes.Requested"/>.</summary>
    public IReadOnlyList<string>? AccountManagerScopes { get; set; }
}
