using System.Text;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Data;

public class SecretStorageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AStoredSecretCannotBeReadInTheDatabaseFileButComesBackIntact()
    {
        var admin = await factory.CreateWorkspaceAsync();
        const string secret = "app-secret-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
        var connectionId = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var connection = new Connection { WorkspaceId = admin.WorkspaceId, Kind = ConnectorKind.TikTokShop, DisplayName = "Shop" };
            db.Connections.Add(connection);
            await s.GetRequiredService<ConnectionSecrets>().SetAsync(db, connection, "app_secret", secret);
            await db.SaveChangesAsync();
            return connection.Id;
        });

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = await File.ReadAllBytesAsync(factory.PortalDatabasePath);
        Assert.Equal(-1, file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        Assert.Equal(-1, file.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)));

        var readBack = await factory.ScopedAsync(s =>
        {
            s.GetRequiredService<WorkspaceScope>().Enter(admin.WorkspaceId);
            return s.GetRequiredService<ConnectionSecrets>().GetAsync(s.GetRequiredService<PortalDbContext>(), connectionId, "app_secret");
        });
        Assert.Equal(secret, readBack);
    }

    [Fact]
    public async Task DataProtectionKeysAreKeptInThePortalDatabase()
    {
        await factory.CreateWorkspaceAsync();
        factory.Scoped(s => s.GetRequiredService<Pipe17Portal.Security.SecretProtector>().Protect("x"));

        var keys = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().DataProtectionKeys.Count());

        Assert.True(keys >= 1);
    }
}
