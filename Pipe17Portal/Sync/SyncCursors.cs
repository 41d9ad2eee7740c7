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
        ParseTime(await ReadAsync(connectionId, flow, ct));

    /// <summary>A stored time cursor's value (unix seconds) as a time; null for none or one that is not a time.</summary>
    public static DateTimeOffset? ParseTime(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static string FormatTime(DateTimeOffset value) => value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

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
        CommitAsync(connection, flow, FormatTime(value), ct);

    /// <summary>
    /// Stores a time cursor only if it still holds <paramref name="expected"/>, the value the run started from (null: no
    /// cursor yet). A cursor moved meanwhile — by another run, or rewound by <see cref="RewindTimeAsync"/> — is left as it is,
    /// so the next run reads again from there instead of this run skipping what the rewind asked for. False when left.
    /// </summary>
    public async Task<bool> CommitTimeIfUnchangedAsync(Connection connection, string flow, DateTimeOffset value, string? expected, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        if (expected is not null)
        {
            return await db.SyncCursors.IgnoreQueryFilters().Where(c => c.ConnectionId == connection.Id && c.Flow == flow && c.Value == expected)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Value, FormatTime(value)).SetProperty(c => c.UpdatedAt, now), ct) > 0;
        }
        db.SyncCursors.Add(new SyncCursor { WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Flow = flow, Value = FormatTime(value), UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another run stored the first cursor meanwhile
        }
    }

    /// <summary>
    /// Moves an existing time cursor back to <paramref name="to"/>, never forward, as part of the caller's own save: for data
    /// that became the flow's business only after the flow had read past it. A flow with no cursor yet reads everything anyway.
    /// </summary>
    public static async Task RewindTimeAsync(PortalDbContext db, Guid connectionId, string flow, DateTimeOffset to, DateTimeOffset now, CancellationToken ct)
    {
        var cursor = await db.SyncCursors.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.ConnectionId == connectionId && c.Flow == flow, ct);
        if (cursor is not null && ParseTime(cursor.Value) is { } at && at > to)
        {
            cursor.Value = FormatTime(to);
            cursor.UpdatedAt = now;
        }
    }
}
