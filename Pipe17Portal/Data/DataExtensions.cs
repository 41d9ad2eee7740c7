using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Pipe17Portal.Data;

public static class DataExtensions
{
    public const string DefaultConnectionString = "Data Source=App_Data/portal.db";

    public static IHostApplicationBuilder AddPortalData(this IHostApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionStrings.Prepare(
            builder.Configuration.GetConnectionString("Portal") ?? DefaultConnectionString, builder.Environment.ContentRootPath);

        builder.Services.AddScoped<WorkspaceScope>();
        // Scoped factory: Blazor circuits create a short-lived context per operation; the factory also
        // registers PortalDbContext itself as scoped for Identity and the HTTP API.
        builder.Services.AddDbContextFactory<PortalDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmas.Instance)
            .SkipModelDiffAtStartup(),
            ServiceLifetime.Scoped);

        builder.Services.AddDataProtection()
            .SetApplicationName("Pipe17Portal")
            .PersistKeysToDbContext<PortalDbContext>()
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        return builder;
    }

    /// <summary>Applies pending migrations before the app serves anything, and says so in the log.</summary>
    public static async Task MigratePortalDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Pipe17Portal.Database");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await db.Database.UseWriteAheadLogAsync(ct);
        logger.LogInformation("Portal database {DataSource} is up to date ({Applied} migration(s) applied now).",
            new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource, pending.Count);
    }
}

public static class SqliteJournal
{
    /// <summary>
    /// Write-ahead logging: readers no longer block the writer (and the writer no longer blocks readers), so the jobs,
    /// the pages and the sandbox work side by side instead of waiting on SQLite's lock. The mode is kept in the file.
    /// </summary>
    public static async Task UseWriteAheadLogAsync(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, CancellationToken ct = default)
    {
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>Makes a relative SQLite path absolute under the content root and creates its folder.</summary>
public static class SqliteConnectionStrings
{
    public static string Prepare(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return builder.ToString();
        }
        var path = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }
}
