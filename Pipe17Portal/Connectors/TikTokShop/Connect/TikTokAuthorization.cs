using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Data;
using Pipe17Portal.Security;

namespace Pipe17Portal.Connectors.TikTokShop.Connect;

/// <summary>Finishes Connect when TikTok sends the seller back: checks the state, exchanges the code, finds the shop.</summary>
public sealed class TikTokAuthorization(
    IDbContextFactory<PortalDbContext> dbFactory,
    TikTokAuthClient auth,
    TikTokShopLink shopLink,
    ITikTokTokenStore tokens,
    TimeProvider clock,
    ILogger<TikTokAuthorization> logger)
{
    public sealed record Outcome(bool Succeeded, Guid? ConnectionId, string Message);

    public async Task<Outcome> CompleteAsync(string? userId, string? state, string? code, string? error, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state))
        {
            return new(false, null, "TikTok sent the seller back without a state, so this sign-in cannot be matched to a connection. Click Connect again.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = ApiKeySecrets.Hash(state);
        var pending = await db.OAuthStates.SingleOrDefaultAsync(s => s.StateHash == hash, ct);
        if (pending is null || pending.UserId != userId)
        {
            // Never say more about a state that is not this member's.
            return new(false, null, "This authorization does not belong to your session (state mismatch). Start again with Connect on the connection page.");
        }
        if (pending.UsedAt is not null)
        {
            return new(false, pending.ConnectionId, "This authorization link was already used. Click Connect to start a new one.");
        }
        pending.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        if (pending.ExpiresAt < clock.GetUtcNow())
        {
            return new(false, pending.ConnectionId, "The authorization took too long and expired. Click Connect and approve within 15 minutes.");
        }

        var connection = await db.Connections.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == pending.ConnectionId && c.WorkspaceId == pending.WorkspaceId, ct);
        if (connection is null)
        {
            return new(false, null, "The connection was removed while you were on TikTok's page.");
        }
        var member = await db.Users.Where(u => u.Id == userId).Select(u => new Member(u.WorkspaceId, u.Id, null, u.Email ?? u.Id, u.Role)).SingleAsync(ct);

        if (error is not null || string.IsNullOrEmpty(code))
        {
            return await FailAsync(db, connection, ConnectionStatus.NotConnected,
                "The authorization was cancelled on TikTok's page, so the shop is not connected. Click Connect and choose Authorize to connect it.", ct);
        }

        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        var endpoints = TikTokShopLink.EndpointsFor(settings);
        var app = await shopLink.CredentialsAsync(db, connection, ct);
        var token = await auth.GetTokenAsync(endpoints, app, code, ct);
        if (!token.IsSuccess)
        {
            logger.LogWarning("TikTok token exchange failed for {ConnectionId}: {Error}", connection.Id, token.Error);
            return await FailAsync(db, connection, ConnectionStatus.Error,
                $"TikTok did not accept the authorization: {token.Error.Message} (code {token.Error.Code?.ToString() ?? "none"}). Check that the App key and App secret are the ones of the app whose Service ID you entered, then click Connect again.", ct);
        }
        await tokens.SaveAsync(connection.Id, token.Data, ct);

        var client = await shopLink.ClientAsync(connection, ct, db);
        var shops = await client.GetAuthorizedShopsAsync(ct);
        if (!shops.IsSuccess)
        {
            return await FailAsync(db, connection, ConnectionStatus.Error,
                $"TikTok did not list the authorized shops: {shops.Error.Message}. Click Connect again; if it persists, check the app's scopes in Partner Center.", ct);
        }
        var choices = shops.Data.Select(s => new TikTokPendingShop(s.Id, s.Name ?? s.Id, s.Region ?? settings.Region, s.SellerType ?? "LOCAL", s.Cipher)).ToList();
        switch (choices.Count)
        {
            case 0:
                return await FailAsync(db, connection, ConnectionStatus.Error,
                    "The authorization covers no shop. Sign in to TikTok with the seller account that owns the shop and click Connect again.", ct);
            case 1:
                await shopLink.LinkShopAsync(db, member, connection, choices[0], ct);
                return new(true, connection.Id, connection.StatusMessage ?? "Connected");
            default:
                connection.SettingsJson = (settings with { PendingShops = choices }).Write();
                connection.StatusMessage = $"Authorized for {choices.Count} shops: choose the one this connection is for.";
                await db.SaveChangesAsync(ct);
                return new(true, connection.Id, connection.StatusMessage);
        }
    }

    private static async Task<Outcome> FailAsync(PortalDbContext db, Sync.Connection connection, ConnectionStatus status, string message, CancellationToken ct)
    {
        connection.Status = status;
        connection.StatusMessage = message;
        await db.SaveChangesAsync(ct);
        return new(false, connection.Id, message);
    }
}
