namespace Pipe17Portal.Sandbox;

public sealed class SandboxOptions
{
    /// <summary>Mounts the emulators and their control API under /sandbox. Off unless configured (on in Development).</summary>
    public bool Enabled { get; set; }

    /// <summary>The sandbox's own SQLite database; never the portal's tables.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/sandbox.db";
}
