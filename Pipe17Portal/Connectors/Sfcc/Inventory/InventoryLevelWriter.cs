using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Inventory;

/// <summary>One SKU's stock at one location as OCI reported it.</summary>
public sealed record LevelReading(string Sku, string LocationId, decimal Available, decimal OnHand, decimal Reserved);

/// <summary>
/// Writes OCI readings into <see cref="InventoryLevel"/> rows in batches: one query reads the stored rows of a batch, new
/// rows are inserted and changed ones updated in one save. <see cref="InventoryLevel.ChangedAt"/> moves only when a number
/// changed, so the channels' pushes look at real changes only; <see cref="InventoryLevel.ReadAt"/> moves on every reading.
/// </summary>
public sealed class InventoryLevelWriter(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>SKUs per query of stored rows (SQLite's parameter limit is far above it).</summary>
    private const int Batch = 2_000;

    /// <returns>The SKUs whose level changed (or is new).</returns>
    public async Task<IReadOnlySet<string>> WriteAsync(Connection connection, IReadOnlyList<LevelReading> readings, CancellationToken ct)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in readings.GroupBy(r => r.Sku, StringComparer.Ordinal).Chunk(Batch))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteBatchAsync(connection, [.. chunk.SelectMany(g => g)], changed, ct);
                    break;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // A run beside this one (a manual run and the scheduled one) inserted some of these rows first: read the
                    // batch again, so they become updates.
                }
            }
        }
        return changed;
    }

    private async Task WriteBatchAsync(Connection connection, IReadOnlyList<LevelReading> readings, HashSet<string> changed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var skus = readings.Select(r => r.Sku).Distinct().ToList();
        var stored = await db.InventoryLevels.IgnoreQueryFilters()
            .Where(l => l.ConnectionId == connection.Id && skus.Contains(l.Sku))
            .ToDictionaryAsync(l => (l.Sku, l.LocationId), ct);
        foreach (var reading in readings)
        {
            if (!stored.TryGetValue((reading.Sku, reading.LocationId), out var level))
            {
                level = new InventoryLevel
                {
                    WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Sku = reading.Sku, LocationId = reading.LocationId,
                    Available = reading.Available, OnHand = reading.OnHand, Reserved = reading.Reserved, ReadAt = now, ChangedAt = now,
                };
                stored[(reading.Sku, reading.LocationId)] = level;
                db.InventoryLevels.Add(level);
                changed.Add(reading.Sku);
                continue;
            }
            if (level.Available != reading.Available || level.OnHand != reading.OnHand || level.Reserved != reading.Reserved)
            {
                level.Available = reading.Available;
                level.OnHand = reading.OnHand;
                level.Reserved = reading.Reserved;
                level.ReadAt = now;
                level.ChangedAt = now;
                changed.Add(reading.Sku);
                db.Entry(level).State = EntityState.Modified;
            }
        }
        // Unchanged rows only get their read time, in one statement rather than one update each.
        await db.InventoryLevels.IgnoreQueryFilters().Where(l => l.ConnectionId == connection.Id && skus.Contains(l.Sku))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.ReadAt, now), ct);
        await db.SaveChangesAsync(ct);
    }
}
