using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>One execution of a flow (a Quartz job) for a workspace, and optionally one of its connections.</summary>
public sealed class SyncRun : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid? ConnectionId { get; set; }
    public required string Flow { get; set; }
    public SyncRunStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>How many items the run expects in all, when it knows (for a progress bar); null otherwise.</summary>
    public int? Expected { get; set; }
    public int Processed { get; set; }
    public int Succeeded { get; set; }
    public int Failed { get; set; }
    public string? Error { get; set; }
}
