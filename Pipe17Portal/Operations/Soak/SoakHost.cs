namespace Pipe17Portal.Operations.Soak;

/// <summary>
/// Where a soak keeps its throw-away databases, and the configuration of its two child processes. The soak command itself
/// opens the same two files (its host arguments point at them), so it reads the portal's and the emulators' state directly.
/// </summary>
public static class SoakHost
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), $"p17-soak-{Environment.ProcessId}");

    public static string PortalDatabase => Path.Combine(Folder, "portal.db");

    /// <summary>The emulators' state: written only by the sandbox process, which is never killed.</summary>
    public static string SandboxDatabase => Path.Combine(Folder, "sandbox.db");

    /// <summary>The soak command's own host: the two databases above (migrated here, before either child starts), quiet logs.</summary>
    public static string[] Arguments()
    {
        Directory.CreateDirectory(Folder);
        return
        [
            $"--ConnectionStrings:Portal=Data Source={PortalDatabase}",
            "--Sandbox:Enabled=true",
            $"--Sandbox:ConnectionString=Data Source={SandboxDatabase}",
            "--Portal:PublicBaseUrl=",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft=Warning",
        ];
    }

    /// <summary>The control token both processes share, made up per run.</summary>
    public static readonly string ControlToken = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The sandbox process: the emulators on their own port over the shared sandbox database. It has a portal database of
    /// its own with no workspace in it, so its portal jobs have nothing to do. Its TikTok emulator posts webhooks to the portal
    /// process, which is another origin than its own, so that origin is allowed explicitly.
    /// </summary>
    public static string[] SandboxProcessArguments(int port, int portalPort) =>
    [
        $"--urls=http://127.0.0.1:{port}",
        $"--Sandbox:TikTok:AllowedWebhookOrigins:0=http://127.0.0.1:{portalPort}",
        $"--Sandbox:TikTok:AllowedWebhookOrigins:1=http://localhost:{portalPort}",
        $"--Sandbox:ControlToken={ControlToken}",
        $"--ConnectionStrings:Portal=Data Source={Path.Combine(Folder, "sandbox-host-portal.db")}",
        "--Sandbox:Enabled=true",
        $"--Sandbox:ConnectionString=Data Source={SandboxDatabase}",
        "--Portal:PublicBaseUrl=",
    ];

    /// <summary>
    /// The portal process, killed and restarted on the same port and database. Its sandbox switch is on (Use sandbox is
    /// allowed) but its own emulator database is a separate unused file: it reaches the emulators only over HTTP, at
    /// Sandbox:BaseUrl. The periodic order pull runs every minute: it is what finds orders whose webhook arrived while the
    /// portal was down.
    /// </summary>
    public static string[] PortalProcessArguments(int port, Uri sandbox) =>
    [
        $"--urls=http://127.0.0.1:{port}",
        $"--ConnectionStrings:Portal=Data Source={PortalDatabase}",
        "--Sandbox:Enabled=true",
        $"--Sandbox:ConnectionString=Data Source={Path.Combine(Folder, "portal-unused-sandbox.db")}",
        $"--Sandbox:BaseUrl={sandbox}",
        // The portal's consoles send their control token; the sandbox process must know the same one.
        $"--Sandbox:ControlToken={ControlToken}",
        "--Portal:PublicBaseUrl=",
        "--TikTok:OrderPullIntervalMinutes=1",
        // Every webhook comes from the sandbox process on loopback.
        "--RateLimits:Webhooks:PermitLimit=1000000",
        // Retries back off to at most a minute (10 by default): at 20 % faults an item can fail 7 times in a row, and a
        // 10-minute wait after the faults stop would outlast the quiet window without proving anything more.
        "--Sync:WorkItems:MaxRetryDelaySeconds=60",
        // An order push makes about five SFCC calls, so at 20 % faults on every call an attempt fails two times in three, and
        // after the default 8 attempts about 4 % of orders would stop with a "Push failed" exception: the designed, visible
        // outcome, but at a fault rate ten times a bad day's. The soak proves that nothing is lost or doubled, so it lets
        // an item try longer instead of counting those exceptions.
        "--Sync:WorkItems:MaxAttempts=30",
    ];

    public static void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }
}
