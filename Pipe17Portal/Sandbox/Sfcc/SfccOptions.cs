namespace Pipe17Portal.Sandbox.Sfcc;

/// <summary>`Sandbox:Sfcc`: knobs of the SFCC emulator.</summary>
public sealed class SfccOptions
{
    /// <summary>How long the "timeout" fault holds a call before answering 504.</summary>
    public TimeSpan FaultTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
