namespace Pipe17Portal.Client.Api.Contracts;

/// <param name="TotalIsLowerBound">True when counting stopped at <paramref name="Total"/>: more items match ("10,000+").</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false);

public sealed record AuditEntryInfo(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    Guid? ConnectionId,
    string? ConnectionName,
    string? Field,
    string? Detail);

public enum SyncRunStatus
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,
}

public sealed record SyncRunInfo(
    Guid Id,
    string Flow,
    Guid? ConnectionId,
    string? ConnectionName,
    SyncRunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int? Expected,
    int Processed,
    int Succeeded,
    int Failed,
    string? Error);
