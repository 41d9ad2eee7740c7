namespace Pipe17Portal.Operations.Bench;

/// <summary>A benchmark runs the real portal (sandbox on) on a free loopback port with throw-away databases.</summary>
public static class BenchHost
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), $"p17-bench-{Environment.ProcessId}");

    public static string[] Arguments()
    {
        Directory.CreateDirectory(Folder);
        return
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Portal=Data Source={Path.Combine(Folder, "portal.db")}",
            "--Sandbox:Enabled=true",
            $"--Sandbox:ConnectionString=Data Source={Path.Combine(Folder, "sandbox.db")}",
            "--Portal:PublicBaseUrl=",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft=Warning",
            // The benchmark measures webhooks and the first pull, not the periodic poll.
            "--TikTok:OrderPullIntervalMinutes=60",
        ];
    }
}
