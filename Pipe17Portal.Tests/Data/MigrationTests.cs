using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Data;

/// <summary>The factory starts the real app on empty database files, so start-up itself applies every migration.</summary>
public class MigrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StartUpMigratesAnEmptyPortalDatabaseToTheCurrentModel()
    {
        _ = factory.Server;

        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run 'dotnet ef migrations add'.");
            return 0;
        });
    }

    [Fact]
    public async Task StartUpMigratesTheSandboxDatabaseToo()
    {
        _ = factory.Server;

        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<SandboxDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The sandbox model changed without a migration.");
            Assert.Equal(0, await db.Accounts.CountAsync());
            return 0;
        });
    }

    [Fact]
    public async Task StartUpOnAnExistingDatabaseKeepsItsData()
    {
        var member = await factory.CreateWorkspaceAsync("Survivor");
        SqliteConnection.ClearAllPools();

        // A second app instance over the same file, as after a restart or an upgrade.
        using var restarted = factory.WithWebHostBuilder(_ => { });
        _ = restarted.Server;

        using var scope = restarted.Services.CreateScope();
        var names = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Workspaces.Where(w => w.Id == member.WorkspaceId).Select(w => w.Name).ToList();
        Assert.Equal(["Survivor"], names);
    }
}
