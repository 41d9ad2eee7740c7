using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>
/// The one place flows read and write their cursors (how far each flow of a connection has read its source). A cursor is
/// committed only after the data it covers is saved: callers save their data first, then <see cref="CommitAsync"/>.
/// </summary>
public sealed class SyncCursors(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The stored value, or null before the flow's first complete run.</summary>
    public async Task<string?> ReadAsync(Guid connectionId, string flow, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncCursors.IgnoreQueryFilters().Where(c => c.ConnectionId == connectionId && c.Flow == flow).Select(c => c.Value).SingleOrDefaultAsync(ct);
    }

    /// <summary>A time cursor (unix seconds), or null before the first complete run.</summary>
    public async Task<DateTimeOffset?> ReadTimeAsync(Guid connectionId, string flow, CancellationToken ct) =>
        await ReadAsync(connectionId, flow, ct) is { } value && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Stores the cursor, after the data it covers has been saved. Two runs racing to create it both end up stored.</summary>
    public async Task CommitAsync(Connection connection, string flow, string value, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var updated = await db.SyncCursors.IgnoreQueryFilters().Where(c => c.ConnectionId == connection.Id && c.Flow == flow)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Value, value).SetProperty(c => c.UpdatedAt, now), ct);
            if (updated > 0)
            {
                return;
            }
            db.SyncCursors.Add(new SyncCursor { WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Flow = flow, Value = value, UpdatedAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another run created it first: update that row instead.
            }
        }
    }

    public Task CommitTimeAsync(Connection connection, string flow, DateTimeOffset value, CancellationToken ct) =>
        CommitAsync(connection, flow, value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ct);
}
