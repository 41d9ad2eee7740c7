using System.Text.Json;
using Pipe17Portal.Sandbox.TikTok.Auth;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>
/// `/sandbox/_control/accounts/{id}/tiktok`: read the shop's settings and set the app's redirect URL, token lifetime,
/// rate limit and granted scopes.
/// </summary>
public static class TikTokSettingsControlEndpoints
{
    public static void Map(RouteGroupBuilder tiktok)
    {
        tiktok.MapGet("/", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithShopAsync(id, db, clock, ct, (_, shop) => null));

        tiktok.MapPut("/redirect-url", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithShopAsync(id, db, clock, ct, (_, shop) =>
            {
                var url = TikTokControl.Property(body, "redirect_url") is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
                if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    return TikTokControl.Invalid("redirect_url", "redirect_url must be an absolute http or https URL, e.g. https://portal.example.com/connections/tiktok/callback.");
                }
                shop.RedirectUrl = url;
                return null;
            }));

        tiktok.MapPut("/token-lifetime", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithShopAsync(id, db, clock, ct, (_, shop) =>
            {
                if (TikTokControl.Property(body, "access_token_seconds") is not { ValueKind: JsonValueKind.Number } access || !access.TryGetInt32(out var seconds) || seconds < 1)
                {
                    return TikTokControl.Invalid("access_token_seconds", "access_token_seconds must be a whole number of seconds, at least 1 (the default is 604800, 7 days).");
                }
                shop.AccessTokenSeconds = seconds;
                if (TikTokControl.Property(body, "refresh_token_seconds") is { } refresh)
                {
                    if (refresh.ValueKind != JsonValueKind.Number || !refresh.TryGetInt32(out var refreshSeconds) || refreshSeconds < 1)
                    {
                        return TikTokControl.Invalid("refresh_token_seconds", "refresh_token_seconds must be a whole number of seconds, at least 1.");
                    }
                    shop.RefreshTokenSeconds = refreshSeconds;
                }
                return null;
            }));

        tiktok.MapPut("/rate-limit", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithShopAsync(id, db, clock, ct, (_, shop) =>
            {
                var value = TikTokControl.Property(body, "requests_per_second");
                if (value is { } v && (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n) || n < 1))
                {
                    return TikTokControl.Invalid("requests_per_second", "requests_per_second must be a whole number of at least 1, or null for the configured default (Sandbox:TikTok:RateLimitPerSecond).");
                }
                shop.RateLimitPerSecond = value?.GetInt32();
                return null;
            }));

        tiktok.MapPut("/scopes", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithShopAsync(id, db, clock, ct, (_, shop) =>
            {
                var scopes = TikTokControl.Property(body, "granted_scopes") is { ValueKind: JsonValueKind.Array } list
                    ? list.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : null).ToList()
                    : null;
                if (scopes is null || scopes.Any(s => s is null || !TikTokScopes.All.Contains(s)))
                {
                    return TikTokControl.Invalid("granted_scopes", $"granted_scopes must be a list of scopes from: {string.Join(", ", TikTokScopes.All)}. New tokens get them.");
                }
                shop.GrantedScopes = string.Join(',', scopes);
                return null;
            }));
    }

    /// <summary>Loads (seeding if needed) the shop, applies the change, saves, and answers the resulting settings.</summary>
    private static async Task<IResult> WithShopAsync(string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct, Func<Sandbox.Accounts.SandboxAccount, TikTokShopSettings, IResult?> change)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        var shop = await TikTokSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct);
        if (change(account, shop) is { } invalid)
        {
            return invalid;
        }
        await db.SaveChangesAsync(ct);
        return TikTokControl.Ok(new
        {
            redirect_url = shop.RedirectUrl,
            access_token_seconds = shop.AccessTokenSeconds,
            refresh_token_seconds = shop.RefreshTokenSeconds,
            rate_limit_per_second = shop.RateLimitPerSecond,
            granted_scopes = shop.Scopes(),
            open_id = shop.OpenId,
        });
    }
}
