using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>Hands out a valid access token per connection: refreshes ahead of expiry, or after TikTok rejected one.</summary>
public sealed class TikTokTokenManager(
    ITikTokTokenStore store,
    TikTokAuthClient auth,
    TikTokRefreshLocks locks,
    TikTokRefusalStreaks streaks,
    TimeProvider clock,
    ILogger<TikTokTokenManager> logger)
{
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    public async Task<string> GetAccessTokenAsync(TikTokShopContext shop, CancellationToken ct)
    {
        var tokens = await store.GetAsync(shop.ConnectionId, ct) ?? throw await NotAuthorizedAsync(shop, ct);
        return ExpiresSoon(tokens) ? await RefreshAsync(shop, ExpiresSoon, ct) : tokens.AccessToken;
    }

    /// <summary>TikTok answered 105002 for <paramref name="rejectedAccessToken"/>: refresh unless another job already did.</summary>
    public Task<string> RefreshRejectedAsync(TikTokShopContext shop, string rejectedAccessToken, CancellationToken ct) =>
        RefreshAsync(shop, current => current.AccessToken == rejectedAccessToken, ct);

    /// <summary>
    /// TikTok refused (105002) even the access token it had just issued by a refresh. Several times in a row, with no
    /// accepted call in between, the authorization itself is gone (revoked in Seller Center, or the app deauthorized), so
    /// the connection needs to be authorized again. Once is treated as a glitch: the call fails and its flow retries, and a
    /// revoked authorization also shows at the next refresh. (Marking it at once stopped every flow of a shop for good
    /// after one stray 105002 in the soak.)
    /// </summary>
    public async Task RefusedAfterRefreshAsync(TikTokShopContext shop, CancellationToken ct)
    {
        var streak = streaks.Refused(shop.ConnectionId);
        if (streak < TikTokRefusalStreaks.ReauthorizeAfter)
        {
            logger.LogWarning("TikTok refused a token it had just issued for connection {ConnectionId} ({Streak} of {Limit} in a row); the call fails and is retried.",
                shop.ConnectionId, streak, TikTokRefusalStreaks.ReauthorizeAfter);
            return;
        }
        streaks.Accepted(shop.ConnectionId);
        await NeedsReauthorizationAsync(shop, "it refused an access token it had just issued by a refresh (105002)", null, ct);
    }

    /// <summary>TikTok accepted a call's token: a streak of refusals, if any, is over.</summary>
    public void Accepted(TikTokShopContext shop) => streaks.Accepted(shop.ConnectionId);

    public static string ReauthorizationReason(TikTokShopContext shop, string? tikTokSaid) =>
        $"TikTok no longer accepts this shop's authorization. Open Integrations → {shop.ConnectionName ?? "this TikTok Shop connection"} and click Connect to authorize again."
        + (string.IsNullOrWhiteSpace(tikTokSaid) ? "" : $" (TikTok said: {tikTokSaid})");

    private bool ExpiresSoon(TikTokTokens tokens) => tokens.AccessTokenExpiresAt - clock.GetUtcNow() <= RefreshAhead;

    private async Task<string> RefreshAsync(TikTokShopContext shop, Func<TikTokTokens, bool> stillNeeded, CancellationToken ct)
    {
        var gate = locks.For(shop.ConnectionId);
        await gate.WaitAsync(ct);
        try
        {
            // Read again inside the gate: the job that held it may have refreshed already.
            var current = await store.GetAsync(shop.ConnectionId, ct) ?? throw await NotAuthorizedAsync(shop, ct);
            if (!stillNeeded(current))
            {
                return current.AccessToken;
            }

            if (current.RefreshTokenExpiresAt <= clock.GetUtcNow())
            {
                throw await NeedsReauthorizationAsync(shop, $"the refresh token expired on {current.RefreshTokenExpiresAt:u}", null, ct);
            }

            var refreshed = await auth.RefreshAsync(shop.Endpoints, shop.App, current.RefreshToken, ct);
            if (refreshed.IsSuccess)
            {
                await store.SaveAsync(shop.ConnectionId, refreshed.Data, ct);
                logger.LogInformation("Refreshed the TikTok access token of connection {ConnectionId}; it expires at {ExpiresAt}.",
                    shop.ConnectionId, refreshed.Data.AccessTokenExpiresAt);
                return refreshed.Data.AccessToken;
            }

            if (IsRefusal(refreshed.Error))
            {
                throw await NeedsReauthorizationAsync(shop, refreshed.Error.Message, refreshed.Error, ct);
            }

            // Throttled, down or unreachable: keep the stored tokens and let the caller try again later.
            throw new TikTokCallFailedException(refreshed.Error);
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool IsRefusal(TikTokError error) =>
        error.Kind is TikTokErrorKind.Api or TikTokErrorKind.ExpiredToken || error.HttpStatus is 400 or 401 or 403;

    private Task<TikTokCallFailedException> NotAuthorizedAsync(TikTokShopContext shop, CancellationToken ct) =>
        NeedsReauthorizationAsync(shop, "no TikTok authorization is stored for this connection", null, ct);

    private async Task<TikTokCallFailedException> NeedsReauthorizationAsync(TikTokShopContext shop, string why, TikTokError? cause, CancellationToken ct)
    {
        var reason = ReauthorizationReason(shop, why);
        logger.LogWarning("TikTok connection {ConnectionId} needs to be authorized again: {Why}", shop.ConnectionId, why);
        await store.MarkNeedsReauthorizationAsync(shop.ConnectionId, reason, ct);
        return new TikTokCallFailedException(new TikTokError(
            TikTokAuthClient.RefreshTokenEndpoint, cause?.Code, reason, cause?.RequestId, cause?.HttpStatus, TikTokErrorKind.NeedsReauthorization));
    }
}
