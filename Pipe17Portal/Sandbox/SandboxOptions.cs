namespace Pipe17Portal.Sandbox;

public sealed class SandboxOptions
{
    /// <summary>Mounts the emulators and their control API under /sandbox. Off unless configured (on in Development).</summary>
    public bool Enabled { get; set; }

    /// <summary>The sandbox's own SQLite database; never the portal's tables.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/sandbox.db";

    /// <summary>
    /// Where the portal reaches its sandbox emulators (e.g. http://127.0.0.1:5100/). Unset: the portal's own listening
    /// address. The soak sets it so a portal process can be killed while the emulators, in another process, keep their state.
    /// </summary>
    public Uri? BaseUrl { get; set; }
}
