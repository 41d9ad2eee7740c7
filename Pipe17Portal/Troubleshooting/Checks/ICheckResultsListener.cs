using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>A check's new result beside the outcome it had before (null: first run).</summary>
public sealed record CheckTransition(CheckResultInfo Result, CheckOutcome? Previous);

/// <summary>Told after results are stored (alerts use it for "a scheduled check turned to fail"). Scoped; in the workspace's scope.</summary>
public interface ICheckResultsListener
{
    Task OnResultsAsync(Guid workspaceId, bool scheduled, IReadOnlyList<CheckTransition> transitions, CancellationToken ct);
}
