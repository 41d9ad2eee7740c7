namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>
/// One flow of one connection as the Integrations page shows it: whether it is switched on and scheduled, its last run,
/// its next run, and what it did in the last 24 hours.
/// </summary>
public sealed record FlowStatusInfo(
    Guid ConnectionId,
    string ConnectionName,
    ConnectorKind Kind,
    string Flow,
    string Name,
    string Setting,
    bool Enabled,
    bool Scheduled,
    DateTimeOffset? LastRunAt,
    SyncRunStatus? LastRunStatus,
    int? LastRunProcessed,
    string? LastRunError,
    DateTimeOffset? NextRunAt,
    int ProcessedLast24Hours,
    int FailedLast24Hours);

/// <summary>What Run now did: the flow was started, and when its run is recorded it shows on the page.</summary>
public sealed record FlowRunStarted(Guid ConnectionId, string Flow, string Message);
