using Microsoft.AspNetCore.Http.Features;

namespace Pipe17Portal.Operations.Bench;

/// <summary>A benchmark runs the real portal (sandbox on) on a free loopback port with throw-away databases.</summary>
public static class BenchHost
{
    /// <summary>Starts the portal, runs the benchmark against its address, then stops it and deletes the databases.</summary>
    public static async Task<int> RunAsync(WebApplication app, Func<Uri, Task<int>> bench, CancellationToken ct)
    {
        await app.StartAsync(ct);
        try
        {
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses.First();
            return await bench(new Uri(address));
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            DeleteFolder();
        }
    }

    /// <summary>Deletes this process's throw-away databases (verbs that start no portal of their own call it too).</summary>
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

    public static readonly string Folder = Path.Combine(Path.GetTempPath(), $"p17-bench-{Environment.ProcessId}");

    public static string[] Arguments()
    {
        Directory.CreateDirectory(Folder);
        return
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Portal=Data Source={Path.Combine(Folder, "portal.db")}",
            "--Sandbox:Enabled=true",
            // The benches hold catalogs and place batches far past what the sandbox allows an ordinary caller.
            "--Sandbox:Limits:MaxCatalogProducts=250000",
            "--Sandbox:Limits:MaxOrdersPerBatch=5000",
            $"--Sandbox:ConnectionString=Data Source={Path.Combine(Folder, "sandbox.db")}",
            "--Portal:PublicBaseUrl=",
            // Links and webhook subscriptions use the port chosen at start; the host is local and throw-away.
            "--Portal:LinksFromListeningAddress=true",
            // Every webhook of the measured shops comes from the sandbox on loopback.
            "--RateLimits:Webhooks:PermitLimit=1000000",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft=Warning",
            // The benchmark measures webhooks and the first pull, not the periodic poll.
            "--TikTok:OrderPullIntervalMinutes=60",
        ];
    }
}
