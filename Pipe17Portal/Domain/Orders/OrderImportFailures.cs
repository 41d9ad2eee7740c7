using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// The dead-letter book of order imports: records an order that failed (one open row per connection and order id),
/// lists the open ones for the next run to try again, and resolves them when the order imports. Each call saves on its
/// own context, so a failure is kept even when the rest of the batch fails.
/// </summary>
public sealed class OrderImportFailures(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxRawLength = 64 * 1024;
    private const int MaxReasonLength = 2000;

    /// <param name="rawJson">The order as the channel sent it; null when the answer could not be read (an earlier payload is kept).</param>
    public async Task RecordAsync(Guid workspaceId, Guid connectionId, string sourceOrderId, string? rawJson, string reason, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var row = await db.OrderImportFailures.IgnoreQueryFilters()
            .SingleOrDefaultAsync(f => f.ConnectionId == connectionId && f.SourceOrderId == sourceOrderId && f.ResolvedAt == null, ct);
        if (row is null)
        {
            row = new OrderImportFailure { WorkspaceId = workspaceId, ConnectionId = connectionId, SourceOrderId = sourceOrderId, RawJson = "{}", Reason = "", FirstSeenAt = now };
            db.OrderImportFailures.Add(row);
        }
        // A retry that could not read the order at all keeps the payload an earlier attempt did read.
        if (!string.IsNullOrWhiteSpace(rawJson))
        {
            row.RawJson = Clip(rawJson, MaxRawLength);
        }
        row.Reason = Clip(reason, MaxReasonLength);
        row.Attempts++;
        row.LastSeenAt = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The channel order ids still waiting to import, oldest first.</summary>
    public async Task<IReadOnlyList<string>> OpenAsync(Guid connectionId, int max, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OrderImportFailures.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.ConnectionId == connectionId && f.ResolvedAt == null)
            .OrderBy(f => f.FirstSeenAt).Select(f => f.SourceOrderId).Take(max).ToListAsync(ct);
    }

    /// <summary>Resolves the open failures of the orders that just imported.</summary>
    public async Task<int> ResolveAsync(Guid connectionId, IReadOnlyCollection<string> sourceOrderIds, CancellationToken ct)
    {
        if (sourceOrderIds.Count == 0)
        {
            return 0;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var ids = sourceOrderIds.ToList();
        return await db.OrderImportFailures.IgnoreQueryFilters()
            .Where(f => f.ConnectionId == connectionId && f.ResolvedAt == null && ids.Contains(f.SourceOrderId))
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.ResolvedAt, now), ct);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
