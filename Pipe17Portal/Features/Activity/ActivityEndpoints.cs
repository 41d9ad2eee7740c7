using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Activity;

public sealed class AuditLogEndpoints : IEndpointGroup
{
    public static string Prefix => "/audit-log";
    public static string Tag => "Activity";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", (IActivityApi api, CancellationToken ct, int page = 1, int pageSize = 50) => api.GetAuditLogAsync(page, pageSize, ct))
            .WithSummary("Settings changes, newest first");
}

public sealed class SyncRunsEndpoints : IEndpointGroup
{
    public static string Prefix => "/sync-runs";
    public static string Tag => "Activity";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", (IActivityApi api, CancellationToken ct, int page = 1, int pageSize = 20, Guid? connectionId = null) => api.GetSyncRunsAsync(page, pageSize, connectionId, ct))
            .WithSummary("Job runs (sync runs), newest first; optionally of one connection");
}
