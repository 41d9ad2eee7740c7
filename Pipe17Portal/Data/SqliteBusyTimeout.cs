using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pipe17Portal.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (with its short, growing sleeps) when several jobs write at once, instead
/// of returning "busy" to Microsoft.Data.Sqlite, whose own retry sleeps far longer between tries. Set per connection.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

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
