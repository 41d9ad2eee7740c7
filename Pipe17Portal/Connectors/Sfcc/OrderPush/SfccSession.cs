using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// A connection's settings and client for one batch of work items (a DI scope): credentials are decrypted once, and opened
/// again as soon as the connection changes (its version), so a settings change applies from the next item on.
/// </summary>
public sealed class SfccSession(IDbContextFactory<PortalDbContext> dbFactory, SfccLink link)
{
    private readonly Dictionary<(Guid, int), Task<(SfccConnectionSettings, SfccClient)>> open = [];
    private readonly Lock gate = new();

    public Task<(SfccConnectionSettings Settings, SfccClient Client)> ForAsync(Connection connection, CancellationToken ct)
    {
        lock (gate)
        {
            if (!open.TryGetValue((connection.Id, connection.Version), out var session))
            {
                open[(connection.Id, connection.Version)] = session = OpenAsync(connection, ct);
            }
            return session;
        }
    }

    private async Task<(SfccConnectionSettings, SfccClient)> OpenAsync(Connection connection, CancellationToken ct)
    {
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (settings, await link.FlowClientAsync(db, connection, settings, ct));
    }
}
