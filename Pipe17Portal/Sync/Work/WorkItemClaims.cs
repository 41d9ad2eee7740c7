using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync.Work;

/// <summary>
/// The only way to start work on a work item: one conditional UPDATE moves it to in-progress with a lease (owner,
/// lease-until) and counts the attempt. An item in progress under a live lease cannot be claimed, so the job, Retry,
/// Retry all and Test one order never work on the same item at once; an expired lease (a crashed worker) frees it.
/// </summary>
public sealed class WorkItemClaims(IDbContextFactory<PortalDbContext> dbFactory, IOptions<WorkItemOptions> options, TimeProvider clock)
{
    public static string NewOwner() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Claims up to <paramref name="max"/> due items of the kinds for the connection; returns their ids.</summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(Guid connectionId, IReadOnlyCollection<WorkItemKind> kinds, int max, string owner, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var candidates = await Claimable(db, now)
            .Where(w => w.ConnectionId == connectionId && kinds.Contains(w.Kind) && (w.State != PushState.Pending || w.NextAttemptAt <= now))
            .OrderBy(w => w.NextAttemptAt).ThenBy(w => w.CreatedAt)
            .Select(w => w.Id).Take(max).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }
        await TakeAsync(Claimable(db, now).Where(w => candidates.Contains(w.Id)), owner, now, ct);
        return await db.WorkItems.IgnoreQueryFilters().Where(w => candidates.Contains(w.Id) && w.LeaseOwner == owner && w.State == PushState.InProgress)
            .Select(w => w.Id).ToListAsync(ct);
    }

    /// <summary>Claims one item whatever its next attempt time (Retry, Test one order); false when someone else holds it.</summary>
    public async Task<bool> ClaimOneAsync(Guid itemId, string owner, CancellationToken ct, TimeSpan? lease = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await TakeAsync(Claimable(db, now).Where(w => w.Id == itemId), owner, now, ct, lease) == 1;
    }

    /// <summary>
    /// Gives a claimed item back (the portal is stopping, or its flow was switched off): due again at once. With
    /// <paramref name="uncount"/> the claim's attempt is taken back too, since nothing was tried.
    /// </summary>
    public async Task ReleaseAsync(Guid itemId, string owner, bool uncount = false)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        var taken = uncount ? 1 : 0;
        await db.WorkItems.IgnoreQueryFilters().Where(w => w.Id == itemId && w.LeaseOwner == owner && w.State == PushState.InProgress)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.State, PushState.Pending)
                .SetProperty(w => w.LeaseOwner, (string?)null)
                .SetProperty(w => w.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.NextAttemptAt, now)
                .SetProperty(w => w.Attempts, w => w.Attempts - taken)
                .SetProperty(w => w.Version, w => w.Version + 1));
    }

    /// <summary>
    /// Makes stopped or waiting items due now with a fresh attempt budget (Retry, Retry all). Items in progress are left to
    /// their worker: their outcome stands. The "retry" checkpoint makes the next attempt look the write up first.
    /// </summary>
    public async Task<int> RequeueAsync(IQueryable<WorkItem> items, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await items.Where(w => w.State == PushState.Pending || w.State == PushState.Blocked)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.State, PushState.Pending)
                .SetProperty(w => w.NextAttemptAt, now)
                .SetProperty(w => w.UpdatedAt, now)
                .SetProperty(w => w.Attempts, 0)
                .SetProperty(w => w.Checkpoint, w => w.Checkpoint ?? "retry")
                .SetProperty(w => w.Version, w => w.Version + 1), ct);
    }

    private static IQueryable<WorkItem> Claimable(PortalDbContext db, DateTimeOffset now) =>
        db.WorkItems.IgnoreQueryFilters().Where(w => w.State == PushState.Pending || (w.State == PushState.InProgress && w.LeaseUntil < now));

    private Task<int> TakeAsync(IQueryable<WorkItem> items, string owner, DateTimeOffset now, CancellationToken ct, TimeSpan? lease = null)
    {
        var until = now + (lease ?? options.Value.Lease);
        return items.ExecuteUpdateAsync(s => s
            .SetProperty(w => w.State, PushState.InProgress)
            .SetProperty(w => w.LeaseOwner, owner)
            .SetProperty(w => w.LeaseUntil, until)
            .SetProperty(w => w.Attempts, w => w.Attempts + 1)
            .SetProperty(w => w.UpdatedAt, now)
            .SetProperty(w => w.Version, w => w.Version + 1), ct);
    }
}
