using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The workspace's troubleshooting checks: what there is, the latest results, running them, and one-click fixes.</summary>
public interface ITroubleshootingApi
{
    [Get("/api/v1/checks")]
    Task<IReadOnlyList<CheckInfo>> ListAsync(CancellationToken ct = default);

    [Get("/api/v1/checks/results")]
    Task<IReadOnlyList<CheckResultInfo>> LatestAsync(CancellationToken ct = default);

    [Get("/api/v1/checks/summary")]
    Task<CheckSummaryInfo> SummaryAsync(CancellationToken ct = default);

    [Post("/api/v1/checks/run")]
    Task<IReadOnlyList<CheckResultInfo>> RunAllAsync(CancellationToken ct = default);

    [Post("/api/v1/checks/{key}/run")]
    Task<CheckResultInfo> RunAsync(string key, CancellationToken ct = default);

    [Post("/api/v1/checks/actions")]
    Task<CheckActionResult> ApplyAsync([Body] CheckAction action, CancellationToken ct = default);
}
