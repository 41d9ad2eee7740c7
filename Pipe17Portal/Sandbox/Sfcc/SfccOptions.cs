namespace Pipe17Portal.Sandbox.Sfcc;

/// <summary>`Sandbox:Sfcc`: knobs of the SFCC emulator.</summary>
public sealed class SfccOptions
{
    /// <summary>How long the "timeout" fault holds a call before answering 504.</summary>
    public TimeSpan FaultTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The Retry-After (seconds) sent with an injected 429; tests that inject many use 0.</summary>
    public int RetryAfterSeconds { get; set; } = 1;
}
