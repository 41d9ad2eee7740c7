using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench startup`: starts the portal as a child process the way a merchant does — `dotnet run --project Pipe17Portal
/// --no-build` (its launch profile: Development, sandbox on) and the built `Pipe17Portal.dll` directly with
/// ASPNETCORE_ENVIRONMENT=Development — on a free loopback port with throw-away databases in a temp folder, and times
/// process start → the first 200 from <c>GET /health</c>: once on fresh databases (created and migrated) and once more on
/// the same databases (already migrated). Each way is run <c>--runs</c> times; the median is reported.
/// </summary>
public static class StartupBench
{
    public const string Target = "<= 5 s from process start to GET /health 200";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "How many times each way of starting is measured (the median is reported).", DefaultValueFactory = _ => 3 };
        var configuration = new Option<string?>("--configuration") { Description = "The build `dotnet run --no-build` uses (default: the one this command runs from)." };
        var command = new Command("startup", "Time the portal's start-up to a healthy /health: `dotnet run` and the dll, fresh databases and a second start.") { runs, configuration };
        command.SetAction(async (result, ct) => await RunAsync(result.GetValue(runs), result.GetValue(configuration), ct));
        return command;
    }

    private static async Task<int> RunAsync(int runs, string? configuration, CancellationToken ct)
    {
        if (runs is < 1 or > 20)
        {
            await Console.Error.WriteLineAsync("--runs must be 1–20.");
            return 2;
        }
        var dll = typeof(Program).Assembly.Location;
        var outputFolder = Path.GetDirectoryName(dll)!;
        var project = FindProjectFolder(outputFolder);
        configuration ??= ConfigurationOf(outputFolder) ?? "Release";
        var dotnet = DotnetHost();

        var ways = new List<(string Metric, string FileName, string[] Arguments, string WorkingDirectory, Dictionary<string, string> Environment)>();
        if (project is not null)
        {
            ways.Add(("dotnet-run", dotnet, ["run", "--project", project, "-c", configuration, "--no-build", "--"], Path.GetDirectoryName(project)!, []));
        }
        else
        {
            await Console.Error.WriteLineAsync($"No Pipe17Portal.csproj above {outputFolder}: only the dll is measured.");
        }
        ways.Add(("dll", dotnet, [dll], outputFolder, new() { ["ASPNETCORE_ENVIRONMENT"] = "Development" }));

        var failed = false;
        foreach (var way in ways)
        {
            var fresh = new List<double>();
            var second = new List<double>();
            long? peak = null;
            for (var run = 0; run < runs && !failed; run++)
            {
                var folder = Path.Combine(Path.GetTempPath(), $"p17-startup-{Environment.ProcessId}-{way.Metric}-{run}");
                Directory.CreateDirectory(folder);
                try
                {
                    foreach (var list in new[] { fresh, second })
                    {
                        var (elapsed, peakMib) = await StartOnceAsync(way.FileName, way.Arguments, way.WorkingDirectory, way.Environment, folder, ct);
                        if (elapsed is null)
                        {
                            failed = true;
                            break;
                        }
                        list.Add(elapsed.Value.TotalSeconds);
                        peak = peakMib is null ? peak : Math.Max(peak ?? 0, peakMib.Value);
                        await Console.Error.WriteLineAsync($"startup {way.Metric} {(list == fresh ? "fresh" : "second")} run {run + 1}: {elapsed.Value.TotalSeconds:0.00} s");
                    }
                }
                finally
                {
                    TryDelete(folder);
                }
            }
            if (fresh.Count > 0)
            {
                Write(way.Metric + "-fresh", fresh, way.Metric == "dll" ? peak : null);
            }
            if (second.Count > 0)
            {
                Write(way.Metric + "-second", second, way.Metric == "dll" ? peak : null);
            }
        }
        BenchHost.DeleteFolder();
        return failed ? 1 : 0;
    }

    private static void Write(string metric, List<double> seconds, long? peakMib)
    {
        var median = seconds.Order().ElementAt((seconds.Count - 1) / 2);
        BenchResult.Duration("startup", metric, seconds.Count, TimeSpan.FromSeconds(median), Target, median <= Limit.TotalSeconds, peakMib).Write();
    }

    /// <summary>One start: process start → first 200 from /health, then the process (and its children) is stopped.</summary>
    private static async Task<(TimeSpan? Elapsed, long? PeakMib)> StartOnceAsync(string fileName, string[] arguments, string workingDirectory,
        Dictionary<string, string> environment, string folder, CancellationToken ct)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add($"--ConnectionStrings:Portal=Data Source={Path.Combine(folder, "portal.db")}");
        info.ArgumentList.Add($"--Sandbox:ConnectionString=Data Source={Path.Combine(folder, "sandbox.db")}");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        // The child's own log (its phases with timestamps) goes to a file beside its databases, for a look when it is slow.
        info.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue($"{watch.Elapsed.TotalSeconds,7:0.000} {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue($"{watch.Elapsed.TotalSeconds,7:0.000} {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(120))
            {
                if (process.HasExited)
                {
                    await Console.Error.WriteLineAsync($"The portal exited with {process.ExitCode} before it was healthy:\n{string.Join('\n', log.TakeLast(40))}");
                    return (null, null);
                }
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/health", ct);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var elapsed = watch.Elapsed;
                        process.Refresh();
                        var peak = process.PeakWorkingSet64 / 1024 / 1024;
                        // CPU time is less at the mercy of a busy machine than elapsed time: it tells work removed from waiting.
                        await Console.Error.WriteAsync($"(cpu {process.TotalProcessorTime.TotalSeconds:0.00} s) ");
                        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), $"p17-startup-{Environment.ProcessId}-last.log"), log, ct);
                        return (elapsed, peak);
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested)
                {
                    // slow answer: ask again
                }
                await Task.Delay(25, ct);
            }
            await Console.Error.WriteLineAsync($"The portal was not healthy within 120 s:\n{string.Join('\n', log.TakeLast(40))}");
            return (null, null);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The `dotnet` host running this process (or the one on the PATH when this runs as an apphost).</summary>
    internal static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? path : "dotnet";

    /// <summary>bin/Release/net10.0 → the folder with Pipe17Portal.csproj above it.</summary>
    private static string? FindProjectFolder(string outputFolder)
    {
        for (var dir = new DirectoryInfo(outputFolder); dir is not null; dir = dir.Parent)
        {
            var csproj = Path.Combine(dir.FullName, "Pipe17Portal.csproj");
            if (File.Exists(csproj))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    private static string? ConfigurationOf(string outputFolder)
    {
        var parts = outputFolder.Split(Path.DirectorySeparatorChar);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }
}
