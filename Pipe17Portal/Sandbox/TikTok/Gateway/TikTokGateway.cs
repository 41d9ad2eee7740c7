using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>
/// The open-api host: checks every call in TikTok's order (path, method, app_key, sign present, timestamp, sign value,
/// token, shop_cipher, scope, rate limit), then injects configured faults, then runs the operation.
/// </summary>
public sealed class TikTokGateway(SandboxDbContext db, TimeProvider clock, TikTokRateLimiter limiter, TikTokFaultInjector faults, IOptions<TikTokOptions> options)
{
    public const string BasePath = "/sandbox/tiktok/open-api";
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxAhead = TimeSpan.FromSeconds(30);

    public async Task HandleAsync(HttpContext http)
    {
        var now = clock.GetUtcNow();
        // One open for the whole call: EF would otherwise open and close the connection around each of its queries.
        await db.Database.OpenConnectionAsync(http.RequestAborted);
        TikTokReply reply;
        try
        {
            reply = await RunAsync(http, now);
        }
        catch (TikTokParamsException e)
        {
            reply = TikTokReply.InvalidParams(e.Message);
        }
        if (reply.Code == 36009002)
        {
            http.Response.Headers.RetryAfter = "1";
        }
        await reply.WriteAsync(http, now);
    }

    private async Task<TikTokReply> RunAsync(HttpContext http, DateTimeOffset now)
    {
        var ct = http.RequestAborted;
        var path = http.Request.Path.Value is { Length: > 0 } full ? full[BasePath.Length..] : "";
        var segments = path.Trim('/').Split('/');
        Dictionary<string, string> values = [];
        var matching = TikTokRoutes.All.Where(r => r.TryMatch(segments, out _)).ToList();
        if (matching.Count == 0)
        {
            return TikTokGatewayErrors.InvalidPath;
        }
        var route = matching.FirstOrDefault(r => HttpMethods.Equals(r.Method, http.Request.Method));
        if (route is null || !route.TryMatch(segments, out values))
        {
            return TikTokGatewayErrors.InvalidMethod;
        }

        var query = http.Request.Query;
        var appKey = query["app_key"].ToString();
        var account = appKey.Length == 0 ? null : await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.TikTokAppKey == appKey, ct);
        if (account is null)
        {
            return TikTokGatewayErrors.InvalidAppKey;
        }
        var sign = query["sign"].ToString();
        if (sign.Length == 0)
        {
            return TikTokGatewayErrors.MissingSign;
        }
        if (!long.TryParse(query["timestamp"].ToString(), out var timestamp) || timestamp < 0
            || timestamp < TikTokJson.Unix(now - MaxAge) || timestamp > TikTokJson.Unix(now + MaxAhead))
        {
            return TikTokGatewayErrors.InvalidTimestamp;
        }
        var body = await ReadBodyAsync(http.Request, ct);
        var signedBody = http.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true ? [] : body;
        var expected = TikTokSignature.Compute(account.TikTokAppSecret, path, query.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())), signedBody);
        if (!TikTokSignature.Matches(expected, sign))
        {
            return TikTokGatewayErrors.InvalidSign;
        }

        var token = http.Request.Headers["x-tts-access-token"].ToString();
        var grant = token.Length == 0 ? null : await db.TikTokGrants.AsNoTracking().SingleOrDefaultAsync(g => g.AccessToken == token && g.AccountId == account.Id, ct);
        if (grant is null)
        {
            return TikTokGatewayErrors.InvalidToken;
        }
        if (grant.AccessTokenExpiresAt <= now)
        {
            return TikTokGatewayErrors.ExpiredToken;
        }
        var cipher = query["shop_cipher"].ToString();
        if (route.ShopScoped && cipher.Length == 0)
        {
            return TikTokGatewayErrors.MissingCipher;
        }
        if (!route.ShopScoped && cipher.Length > 0)
        {
            return TikTokGatewayErrors.UnexpectedCipher;
        }
        if (route.ShopScoped && cipher != account.TikTokShopCipher)
        {
            return TikTokGatewayErrors.CipherMismatch;
        }
        if (!grant.Scopes().Contains(route.Scope))
        {
            return TikTokGatewayErrors.MissingScope(route.Scope);
        }
        var shop = await TikTokSeeder.EnsureAsync(db, account, now, ct);
        var limit = shop.RateLimitPerSecond ?? options.Value.RateLimitPerSecond;
        if (!limiter.TryAcquire($"{account.TikTokAppKey}|{account.TikTokShopId}|{route.Method} {route.Template}", limit, now))
        {
            return TikTokGatewayErrors.TooManyRequests;
        }
        var fault = await faults.InjectAsync(await db.Faults.AsNoTracking().SingleOrDefaultAsync(f => f.AccountId == account.Id && f.System == "tiktok", ct), ct);
        if (fault is not null)
        {
            return fault;
        }
        return await route.Handler(new TikTokCall(http, account, shop, values, body, now));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
