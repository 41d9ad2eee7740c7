using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Ask;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench ask --questions 200`: the real portal; the sentence model's load (time and memory, from the start of the portal),
/// then N questions from the evaluation set (cycled) timed twice: retrieval alone (in process), and the whole answer through
/// POST /api/v1/ask for a merchant whose workspace has a sandbox TikTok shop and a sandbox Salesforce connection (so the
/// related checks run against the sandbox).
/// </summary>
public static class AskBench
{
    public const string LatencyTarget = "p95 <= 300 ms once the model is loaded";

    public static Command Command(WebApplication app)
    {
        var questions = new Option<int>("--questions") { Description = "How many questions to time (the evaluation set, cycled).", DefaultValueFactory = _ => 200 };
        var command = new Command("ask", "Time the sentence model's load, then N Ask questions: retrieval alone and the whole answer through the API with the checks.") { questions };
        command.SetAction(async (result, ct) => await RunAsync(app, result.GetValue(questions), ct));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, int count, CancellationToken ct)
    {
        if (count is < 1 or > 10_000)
        {
            await Console.Error.WriteLineAsync("--questions must be 1–10000.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            // What opening the Ask panel starts (POST /api/v1/ask/warm-up): the model loads and the articles are embedded.
            var retriever = app.Services.GetRequiredService<HybridRetriever>();
            var warming = Stopwatch.StartNew();
            await retriever.WarmUpAsync();
            BenchResult.Duration("ask", "model-ready-after-warm-up", 1, warming.Elapsed,
                "loads when the Ask panel is first opened, in the background (start-up never waits; answers use keywords meanwhile)", null).Write();
            BenchResult.Duration("ask", "model-load", 1, SentenceModel.LoadTime ?? TimeSpan.Zero,
                $"model load alone; working set +{(SentenceModel.LoadedBytes ?? 0) / 1024 / 1024} MiB", null).Write();

            var set = AskEvaluationSet.Load();
            var questions = Enumerable.Range(0, count).Select(i => set.Questions[i % set.Questions.Count].Question).ToList();

            var retrieval = new List<double>();
            foreach (var question in questions)
            {
                var watch = Stopwatch.StartNew();
                retriever.Retrieve(question);
                retrieval.Add(watch.Elapsed.TotalMilliseconds);
            }
            BenchResult.Latency("ask", "retrieval", retrieval, LatencyTarget, (p95, _) => p95 <= 300).Write();

            using var browser = await BenchBrowser.ForNewWorkspaceAsync(app, baseUri, ct);
            var shop = await browser.AddSandboxShopAsync();
            await browser.ConnectAsync(shop);
            await browser.AddSandboxSfccAsync();
            var answers = new List<double>();
            foreach (var question in questions)
            {
                var watch = Stopwatch.StartNew();
                var response = await browser.Http.PostAsJsonAsync("/api/v1/ask", new AskRequest { Question = question }, PortalJson.Options, ct);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadFromJsonAsync<AskAnswer>(PortalJson.Options, ct);
                answers.Add(watch.Elapsed.TotalMilliseconds);
            }
            BenchResult.Latency("ask", "answer-with-checks", answers, LatencyTarget, (p95, _) => p95 <= 300).Write();
            return 0;
        }, ct);
    }
}
