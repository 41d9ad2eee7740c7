using System.CommandLine;
using System.Diagnostics;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench all [--quick]`: every benchmark verb in turn, each as a child process of this same executable (so each gets a
/// fresh portal on its own port and fresh throw-away databases, exactly as when run alone). The children's JSON lines are
/// passed through on standard output; their progress and logs go to standard error.
/// </summary>
public static class BenchAll
{
    /// <param name="Full">The issue's sizes.</param>
    /// <param name="Quick">Small sizes: `bench all --quick` finishes in under 3 minutes on a 2-core machine.</param>
    private sealed record Verb(string Name, string[] Full, string[] Quick);

    // ── The verbs `bench all` runs, in this order. ──────────────────────────────────────────────────────────────────────
    // To add one, add a line with its arguments at full size and under --quick; nothing else changes.
    private static readonly IReadOnlyList<Verb> Verbs =
    [
        new("startup", ["--runs", "3"], ["--runs", "1"]),
        new("tiktok-import", ["--orders", "10000", "--webhook-orders", "50"], ["--orders", "1000", "--webhook-orders", "10"]),
        new("sfcc-catalog", ["--products", "50000"], ["--products", "5000"]),
        new("orders", ["--orders", "10000", "--webhook-orders", "50", "--ceiling-orders", "1000"], ["--orders", "200", "--webhook-orders", "5", "--ceiling-orders", "200"]),
        new("orders-page", ["--orders", "1000000"], ["--orders", "20000"]),
        new("fulfillments", ["--orders", "5000", "--latency-orders", "20"], ["--orders", "100", "--latency-orders", "5"]),
        new("inventory", ["--skus", "100000", "--changes", "20"], ["--skus", "2000", "--changes", "5"]),
        new("checks", ["--runs", "20"], ["--runs", "3"]),
        new("ask", ["--questions", "200"], ["--questions", "50"]),
    ];

    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "Small sizes, for a check in under 3 minutes; without it the issue's sizes (tens of minutes)." };
        var command = new Command("all", "Run every benchmark verb in turn, each in a fresh portal process, printing every JSON line.") { quick };
        command.SetAction(async (result, ct) => await RunAsync(result.GetValue(quick), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool quick, CancellationToken ct)
    {
        BenchHost.DeleteFolder(); // this process starts no portal of its own
        var total = Stopwatch.StartNew();
        var failed = new List<string>();
        foreach (var verb in Verbs)
        {
            string[] arguments = ["bench", verb.Name, .. quick ? verb.Quick : verb.Full];
            await Console.Error.WriteLineAsync($"── bench {string.Join(' ', arguments[1..])} ──");
            var watch = Stopwatch.StartNew();
            var exitCode = await RunChildAsync(arguments, ct);
            await Console.Error.WriteLineAsync($"── bench {verb.Name} ended with {exitCode} after {watch.Elapsed.TotalSeconds:0.0} s ──");
            if (exitCode != 0)
            {
                failed.Add(verb.Name);
            }
        }
        await Console.Error.WriteLineAsync($"bench all{(quick ? " --quick" : "")}: {Verbs.Count} verbs in {total.Elapsed.TotalSeconds:0.0} s" +
            (failed.Count == 0 ? "." : $"; failed: {string.Join(", ", failed)}."));
        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>This executable again (`dotnet Pipe17Portal.dll …`, or the apphost), standard output passed through line by line.</summary>
    private static async Task<int> RunChildAsync(string[] arguments, CancellationToken ct)
    {
        var dll = typeof(Program).Assembly.Location;
        var apphost = Environment.ProcessPath is { } path && !StartupBench.DotnetHost().Equals(path, StringComparison.Ordinal) ? path : null;
        var info = new ProcessStartInfo(apphost ?? StartupBench.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        if (apphost is null)
        {
            info.ArgumentList.Add(dll);
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the benchmark process.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (Console.Out)
                {
                    Console.Out.WriteLine(e.Data);
                    Console.Out.Flush();
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }
}
