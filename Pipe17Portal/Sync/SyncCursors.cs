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

    /// <summary>Stores the cursor in its own transaction, after the data it covers has been saved.</summary>
    public async Task CommitAsync(Connection connection, string flow, string value, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cursor = await db.SyncCursors.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.ConnectionId == connection.Id && c.Flow == flow, ct);
        if (cursor is null)
        {
            cursor = new SyncCursor { WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Flow = flow, Value = "" };
            db.SyncCursors.Add(cursor);
        }
        cursor.Value = value;
        cursor.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public Task CommitTimeAsync(Connection connection, string flow, DateTimeOffset value, CancellationToken ct) =>
        CommitAsync(connection, flow, value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ct);
}
