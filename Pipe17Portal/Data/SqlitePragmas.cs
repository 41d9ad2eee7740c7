using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pipe17Portal.Data;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets SQLite itself wait for the write lock (with its short, growing
/// sleeps) when several jobs write at once, instead of returning "busy" to Microsoft.Data.Sqlite, whose own retry sleeps
/// far longer between tries.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    // synchronous=NORMAL is SQLite's advice for write-ahead logging: a commit no longer waits for the disk to flush; the
    // database stays consistent after any crash, and only a power cut can undo the last commits, which every flow
    // survives (writes are idempotent and looked up before they are repeated).
    private const string Pragma = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(ct);
    }
}
