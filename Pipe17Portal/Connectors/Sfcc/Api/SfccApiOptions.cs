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

    /// <summary>
    /// One attempt of a call, from sending to the last byte of the answer (an answer that trickles in is cut off here); null
    /// means 65 s (SCAPI admin calls time out at 60 s on Salesforce's side).
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>
    /// The largest answer read. The biggest pages the portal asks for (200 orders or products) are a few MB; an answer
    /// beyond this is refused instead of filling memory.
    /// </summary>
    public int MaxAnswerBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>API scopes asked of Account Manager for SCAPI calls; null means <see cref="Auth.SfccScopes.Requested"/>.</summary>
    public IReadOnlyList<string>? AccountManagerScopes { get; set; }
}
