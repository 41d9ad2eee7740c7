using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Tests.Client.Features.Troubleshooting;

/// <summary>Checks and their next results, set by the test; records what was run and applied. Runs can be held open.</summary>
public sealed class FakeTroubleshootingApi(IReadOnlyList<CheckInfo> checks) : ITroubleshootingApi
{
    public Dictionary<string, CheckResultInfo> Latest { get; } = [];
    public Dictionary<string, CheckResultInfo> Next { get; } = [];
    public List<string> Ran { get; } = [];
    public List<CheckAction> Applied { get; } = [];
    /// <summary>While set, runs wait for it (to see the page mid-run).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public static CheckResultInfo Result(CheckInfo check, CheckOutcome outcome, string summary, CheckFix? fix = null, params string[] evidence) =>
        new(check.Key, check.Title, check.Area, outcome, summary, evidence, fix, check.HelpSlug, new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), 42);

    public Task<IReadOnlyList<CheckInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult(checks);

    public Task<IReadOnlyList<CheckResultInfo>> LatestAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<CheckResultInfo>>([.. Latest.Values]);

    public Task<CheckSummaryInfo> SummaryAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CheckResultInfo>> RunAllAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public async Task<CheckResultInfo> RunAsync(string key, CancellationToken ct = default)
    {
        Ran.Add(key);
        if (Hold is { } hold)
        {
            await hold.Task;
        }
        return Next[key];
    }

    public Task<CheckActionResult> ApplyAsync(CheckAction action, CancellationToken ct = default)
    {
        Applied.Add(action);
        return Task.FromResult(new CheckActionResult($"Done: {action.Label}"));
    }
}
