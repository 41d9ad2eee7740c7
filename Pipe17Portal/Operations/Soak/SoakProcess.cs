using System.Diagnostics;
using System.Net;
using Pipe17Portal.Operations.Bench;

namespace Pipe17Portal.Operations.Soak;

/// <summary>
/// One child process of the portal's own dll (`dotnet Pipe17Portal.dll …`) on a fixed loopback port: started, waited for
/// until GET /health answers 200, killed with SIGKILL (no shutdown, no flush: a crash) and started again on the same port
/// and databases. Its output goes to a log file beside the databases.
/// </summary>
public sealed class SoakProcess(string name, int port, string[] arguments) : IAsyncDisposable
{
    private Process? process;
    private StreamWriter? log;
    private int starts;

    public Uri BaseUri { get; } = new($"http://127.0.0.1:{port}/");

    public string LogPath => Path.Combine(SoakHost.Folder, $"{name}.log");

    public async Task StartAsync(CancellationToken ct)
    {
        var dll = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo(StartupBench.DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        // Development: what `dotnet run` gives a merchant trying the sandbox (http cookies, no public address required).
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft"] = "Warning";
        info.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        log ??= new StreamWriter(LogPath, append: true) { AutoFlush = true };
        starts++;
        await log.WriteLineAsync($"===== {name} start #{starts} at {DateTimeOffset.UtcNow:HH:mm:ss.fff} =====");
        var started = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the {name} process.");
        var writer = log;
        started.OutputDataReceived += (_, e) => Write(writer, e.Data);
        started.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        await WaitHealthyAsync(ct);
    }

    /// <summary>SIGKILL: the process gets no chance to finish what it was doing, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync(CancellationToken.None);
        }
        process?.Dispose();
        process = null;
    }

    private async Task WaitHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"The {name} process exited with {process.ExitCode} before it was healthy; see {LogPath}.");
            }
            try
            {
                using var response = await http.GetAsync("health", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // slow answer while it starts: ask again
            }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"The {name} process was not healthy within 3 minutes; see {LogPath}.");
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (writer)
        {
            try
            {
                writer.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // the soak is over
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (log is not null)
        {
            lock (log)
            {
                log.Dispose();
            }
        }
    }
}
