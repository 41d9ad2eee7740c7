using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop;

/// <summary>A TikTok Shop connection written straight to the database, for tests that do not go through Connect.</summary>
public static class TikTokConnectionSeed
{
    public const string AppKey = "testappkey01";
    public const string AppSecret = "testappsecret0123456789";

    public static async Task<Connection> CreateAsync(PortalFactory factory, TestMember owner, ConnectionStatus status = ConnectionStatus.Connected)
    {
        return await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var connection = new Connection
            {
                WorkspaceId = owner.WorkspaceId,
                Kind = ConnectorKind.TikTokShop,
                DisplayName = $"Shop {Guid.NewGuid():N}"[..12],
                Status = status,
                SettingsJson = new TikTokConnectionSettings { AppKey = AppKey, ServiceId = "7000000000000000001", ShopId = "7494049642642441621", ShopCipher = "ROW_test", ShopName = "Test shop", ShopRegion = "US" }.Write(),
            };
            db.Connections.Add(connection);
            await s.GetRequiredService<ConnectionSecrets>().SetAsync(db, connection, TikTokSecrets.AppSecret, AppSecret);
            await db.SaveChangesAsync();
            return connection;
        });
    }
}
