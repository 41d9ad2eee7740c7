using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Auth;

/// <summary>The auth host: `GET /api/v2/token/get` (auth code → tokens) and `GET /api/v2/token/refresh` (refresh token → new access token).</summary>
public static class TikTokTokenEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapGet("/api/v2/token/get", async (HttpContext http, SandboxDbContext db, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            var reply = await GetAsync(http.Request.Query, db, now, http.RequestAborted);
            await reply.WriteAsync(http, now);
        });
        auth.MapGet("/api/v2/token/refresh", async (HttpContext http, SandboxDbContext db, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            var reply = await RefreshAsync(http.Request.Query, db, now, http.RequestAborted);
            await reply.WriteAsync(http, now);
        });
    }

    private static async Task<TikTokReply> GetAsync(IQueryCollection query, SandboxDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var (account, error) = await AppAsync(query, db, "authorized_code", ct);
        if (account is null)
        {
            return error!;
        }
        var code = query["auth_code"].ToString();
        var stored = code.Length == 0 ? null : await db.TikTokAuthCodes.SingleOrDefaultAsync(c => c.Code == code && c.AccountId == account.Id, ct);
        if (stored is null || stored.UsedAt is not null || stored.ExpiresAt <= now)
        {
            var why = stored is null ? "unknown" : stored.UsedAt is not null ? "already used" : "expired";
            return TikTokReply.Error(36004004, $"Invalid auth_code: the code is {why}. Ask the seller to authorize the app again to get a new code.");
        }
        stored.UsedAt = now;
        var shop = await TikTokSeeder.EnsureAsync(db, account, now, ct);
        var grant = new TikTokGrant
        {
            AccountId = account.Id,
            AccessToken = NewAccessToken(),
            AccessTokenExpiresAt = now.AddSeconds(shop.AccessTokenSeconds),
            RefreshToken = TikTokIds.Token(45),
            RefreshTokenExpiresAt = now.AddSeconds(shop.RefreshTokenSeconds),
            GrantedScopes = shop.GrantedScopes,
            CreatedAt = now,
        };
        db.TikTokGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        return Tokens(account, shop, grant);
    }

    private static async Task<TikTokReply> RefreshAsync(IQueryCollection query, SandboxDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var (account, error) = await AppAsync(query, db, "refresh_token", ct);
        if (account is null)
        {
            return error!;
        }
        var refreshToken = query["refresh_token"].ToString();
        var grant = refreshToken.Length == 0 ? null : await db.TikTokGrants.SingleOrDefaultAsync(g => g.RefreshToken == refreshToken && g.AccountId == account.Id, ct);
        if (grant is null || grant.RefreshTokenExpiresAt <= now)
        {
            return TikTokReply.Error(36004004, "Invalid refresh_token: it is unknown or expired. Ask the seller to authorize the app again.");
        }
        var shop = await TikTokSeeder.EnsureAsync(db, account, now, ct);
        // The old access token stops working: the grant holds only the newest one.
        grant.AccessToken = NewAccessToken();
        grant.AccessTokenExpiresAt = now.AddSeconds(shop.AccessTokenSeconds);
        await db.SaveChangesAsync(ct);
        return Tokens(account, shop, grant);
    }

    private static async Task<(SandboxAccount? Account, TikTokReply? Error)> AppAsync(IQueryCollection query, SandboxDbContext db, string grantType, CancellationToken ct)
    {
        var appKey = query["app_key"].ToString();
        var account = appKey.Length == 0 ? null : await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.TikTokAppKey == appKey, ct);
        if (account is null)
        {
            return (null, TikTokReply.Error(36009004, "Invalid credentials. The 'app_key' query parameter is missing or invalid."));
        }
        if (!TikTokSignature.Matches(account.TikTokAppSecret, query["app_secret"].ToString()))
        {
            return (null, TikTokReply.Error(36009004, "Invalid credentials. The 'app_secret' does not belong to this app_key."));
        }
        if (query["grant_type"].ToString() != grantType)
        {
            return (null, TikTokReply.Error(36009004, $"Invalid params: grant_type must be '{grantType}' on this endpoint."));
        }
        return (account, null);
    }

    private static string NewAccessToken() => "ROW_" + TikTokIds.Token(72);

    private static TikTokReply Tokens(SandboxAccount account, TikTokShopSettings shop, TikTokGrant grant) => new(0, "success", new TikTokTokenData(
        grant.AccessToken,
        TikTokJson.Unix(grant.AccessTokenExpiresAt),
        grant.RefreshToken,
        TikTokJson.Unix(grant.RefreshTokenExpiresAt),
        shop.OpenId,
        account.TikTokShopName,
        account.TikTokRegion,
        0,
        grant.Scopes()));
}

public sealed record TikTokTokenData(
    string AccessToken, long AccessTokenExpireIn, string RefreshToken, long RefreshTokenExpireIn, string OpenId,
    string SellerName, string SellerBaseRegion, int UserType, IReadOnlyList<string> GrantedScopes);
