using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pipe17Portal.Data;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets SQLite itself wait for the write lock (with its short, growing
/// sleeps) when several jobs write at once, instead of returning "busy" to Microsoft.Data.Sqlite, whose own retry sleeps
/// far longer between tries.
/// </summary>
/// <remarks>
/// Pragmas belong to the native connection, which Microsoft.Data.Sqlite pools, while EF opens and closes its
/// connection around almost every query: they are set once per native handle, not on every open (that was one extra
/// statement per query).
/// </remarks>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    // synchronous=NORMAL is SQLite's advice for write-ahead logging: a commit no longer waits for the disk to flush; the
    // database stays consistent after any crash, and only a power cut can undo the last commits, which every flow
    // survives (writes are idempotent and looked up before they are repeated).
    private const string Pragma = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, Pragma);
}
