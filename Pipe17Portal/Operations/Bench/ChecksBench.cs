using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench checks --runs 10`: a merchant with the sandbox TikTok shop and the sandbox Salesforce connected (the setup guide's
/// setup, catalog pulled) clicks *Run all checks* N times: each run is every check of the workspace, over HTTP, against the
/// emulators. Reported: the run's latency (p50/p95) against the target, and on standard error each run's slowest check.
/// </summary>
public static class ChecksBench
{
    public const string Target = "all checks for one workspace <= 5 s against the sandbox";

    public static Command Command(WebApplication app)
    {
        var runs = new Option<int>("--runs") { Description = "How many times to run every check.", DefaultValueFactory = _ => 10 };
        var command = new Command("checks", "Time running every troubleshooting check of a workspace connected to both sandboxes.") { runs };
        command.SetAction(async (result, ct) => await RunAsync(app, result.GetValue(runs), ct));
        return command;
    }

    public static async Task<int> RunAsync(WebApplication app, int runs, CancellationToken ct)
    {
        if (runs is < 1 or > 1_000)
        {
            await Console.Error.WriteLineAsync("--runs must be 1–1000.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            Console.Error.WriteLine($"Portal with sandbox on {baseUri}, databases in {BenchHost.Folder}");
            using var browser = await BenchBrowser.ForNewWorkspaceAsync(app, baseUri, ct);
            var shopId = await browser.AddSandboxShopAsync();
            await browser.ConnectAsync(shopId);
            var sfccId = await browser.AddSandboxSfccAsync();
            await OrdersBench.WaitForCatalogAsync(app, sfccId, ct);

            var latencies = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await browser.Http.PostAsync("/api/v1/checks/run", null, ct);
                response.EnsureSuccessStatusCode();
                var results = await response.Content.ReadFromJsonAsync<List<CheckResultInfo>>(PortalJson.Options, ct) ?? [];
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                var slowest = results.MaxBy(r => r.DurationMs);
                var counts = string.Join(", ", results.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
                Console.Error.WriteLine($"  run {i + 1}: {results.Count} checks ({counts}) in {watch.Elapsed.TotalMilliseconds:0} ms; slowest {slowest?.Key} {slowest?.DurationMs} ms");
                foreach (var problem in results.Where(r => r.Outcome is CheckOutcome.Fail or CheckOutcome.Warn).Take(i == 0 ? 50 : 0))
                {
                    Console.Error.WriteLine($"    {problem.Outcome} {problem.Key}: {problem.Summary}");
                }
            }
            BenchResult.Latency("checks", "all checks, one workspace", latencies, Target, (p95, _) => p95 <= 5_000).Write();
            return 0;
        }, ct);
    }
}
