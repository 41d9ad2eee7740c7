using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>What happened in the workspace: settings changes (audit log) and job runs (sync runs).</summary>
public interface IActivityApi
{
    [Get("/api/v1/audit-log")]
    Task<PagedResult<AuditEntryInfo>> GetAuditLogAsync(int page = 1, int pageSize = 50, CancellationToken ct = default);

    [Get("/api/v1/sync-runs")]
    Task<PagedResult<SyncRunInfo>> GetSyncRunsAsync(int page = 1, int pageSize = 20, Guid? connectionId = null, CancellationToken ct = default);
}
