using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Activity;

public sealed class ActivityService(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current) : IActivityApi
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<AuditEntryInfo>> GetAuditLogAsync(int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        await current.RequireAsync();
        (page, pageSize) = CheckPaging(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.AuditEntries.CountAsync(ct);
        var items = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditEntryInfo(a.Id, a.At, a.Actor, a.Action, a.ConnectionId, a.ConnectionName, a.Field, a.Detail))
            .ToListAsync(ct);
        return new(items, total, page, pageSize);
    }

    public async Task<PagedResult<SyncRunInfo>> GetSyncRunsAsync(int page = 1, int pageSize = 20, Guid? connectionId = null, CancellationToken ct = default)
    {
        await current.RequireAsync();
        (page, pageSize) = CheckPaging(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = db.SyncRuns.AsNoTracking().Where(r => connectionId == null || r.ConnectionId == connectionId);
        var total = await runs.CountAsync(ct);
        var items = await runs
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new SyncRunInfo(r.Id, r.Flow, r.ConnectionId,
                db.Connections.Where(c => c.Id == r.ConnectionId).Select(c => c.DisplayName).FirstOrDefault(),
                r.Status, r.StartedAt, r.FinishedAt, r.Expected, r.Processed, r.Succeeded, r.Failed, r.Error))
            .ToListAsync(ct);
        return new(items, total, page, pageSize);
    }

    private static (int Page, int PageSize) CheckPaging(int page, int pageSize)
    {
        if (page < 1)
        {
            throw ApiProblemException.Invalid("page", "page starts at 1.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw ApiProblemException.Invalid("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }
        return (page, pageSize);
    }
}
