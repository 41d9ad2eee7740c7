using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop;

/// <summary>
/// Keeps a connection's TikTok tokens encrypted in ConnectionSecrets; a refused refresh (or a refused fresh token) turns
/// the connection to "Needs re-authorization" and unschedules its flows until it is authorized again.
/// </summary>
/// <param name="services">Resolves the link when needed: the link's client factory needs this store, so it cannot be injected.</param>
public sealed class TikTokTokenStore(IDbContextFactory<PortalDbContext> dbFactory, ConnectionSecrets secrets, TimeProvider clock, IServiceProvider services) : ITikTokTokenStore
{
    public async Task<TikTokTokens?> GetAsync(Guid connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var json = await secrets.GetAsync(db, connectionId, TikTokSecrets.Tokens, ct);
        return json is null ? null : JsonSerializer.Deserialize<TikTokTokens>(json);
    }

    public async Task SaveAsync(Guid connectionId, TikTokTokens tokens, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId, ct);
        await secrets.SetAsync(db, connection, TikTokSecrets.Tokens, JsonSerializer.Serialize(tokens), ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task MarkNeedsReauthorizationAsync(Guid connectionId, string reason, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId, ct);
        connection.Status = ConnectionStatus.NeedsReauthorization;
        connection.StatusMessage = reason;
        connection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await services.GetRequiredService<Connect.TikTokShopLink>().ApplyScheduleAsync(connection, ct);
    }
}
