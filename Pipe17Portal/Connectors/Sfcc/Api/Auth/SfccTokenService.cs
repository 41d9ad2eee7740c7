using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Pipe17Portal.Connectors.Sfcc.Api.Http;

namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>
/// Obtains and caches the three kinds of SFCC tokens per connection until shortly before they expire. Tokens live in
/// memory only: they are cheap to obtain again with the stored credentials.
/// </summary>
public sealed partial class SfccTokenService(IHttpMessageHandlerFactory handlers, TimeProvider clock, IOptions<SfccApiOptions> options, ILogger<SfccTokenService> logger)
{
    public const string AccountManagerEndpoint = "POST /dwsso/oauth2/access_token";
    public const string ShopperEndpoint = "POST /shopper/auth/v1/organizations/{org}/oauth2/token";
    public const string BusinessManagerEndpoint = "POST /dw/oauth2/access_token?client_id={ocapiClientId}";
    public const string BusinessManagerGrantType = "urn:demandware:params:oauth:grant-type:client-id:dwsid:dwsecuretoken";

    /// <summary>A token is replaced this long before it expires, so a call never starts with a token about to lapse.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromSeconds(60);

    /// <summary>Assumed when the answer names no lifetime (the shortest SFCC gives, the BM grant's 15 minutes).</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// SFCC's tokens live 15 to 30 minutes; a longer <c>expires_in</c> is believed up to a day only (a huge one would
    /// otherwise overflow the expiry date, and a broken answer would pin a token for ever).
    /// </summary>
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, SfccAccessToken> tokens = new();

    /// <summary>The API scopes asked of Account Manager when a call names none.</summary>
    public IReadOnlyList<string> AccountManagerScopes => options.Value.AccountManagerScopes ?? SfccScopes.Requested;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new();

    /// <summary>A valid token of this kind: the cached one, or a new one when none is cached or it expires soon.</summary>
    /// <param name="scopes">Account Manager only: the API scopes to ask for (the tenant scope is always added); null for
    /// <see cref="SfccApiOptions.AccountManagerScopes"/>. Tokens are cached per scope set.</param>
    public Task<SfccResult<SfccAccessToken>> GetAsync(SfccContext context, SfccTokenKind kind, CancellationToken ct = default, IReadOnlyList<string>? scopes = null) =>
        ObtainAsync(context, kind, scopes, cached => cached is null || cached.ExpiresAt - clock.GetUtcNow() <= RefreshAhead, ct);

    /// <summary>A token fetched now, whatever is cached (the Connect checks use it to test the credentials).</summary>
    public Task<SfccResult<SfccAccessToken>> GetNewAsync(SfccContext context, SfccTokenKind kind, CancellationToken ct = default, IReadOnlyList<string>? scopes = null) =>
        ObtainAsync(context, kind, scopes, _ => true, ct);

    /// <summary>SFCC answered 401 to <paramref name="rejected"/>: get a new token unless another call already did.</summary>
    public Task<SfccResult<SfccAccessToken>> RefreshRejectedAsync(SfccContext context, SfccTokenKind kind, string rejected, CancellationToken ct = default) =>
        ObtainAsync(context, kind, null, cached => cached is null || cached.Value == rejected || cached.ExpiresAt - clock.GetUtcNow() <= RefreshAhead, ct);

    /// <summary>Forgets the connection's tokens (after its credentials changed, or on Disconnect).</summary>
    public void Forget(Guid connectionId)
    {
        foreach (var key in tokens.Keys.Where(k => k.StartsWith(connectionId.ToString("N"), StringComparison.Ordinal)))
        {
            tokens.TryRemove(key, out _);
        }
    }

    private async Task<SfccResult<SfccAccessToken>> ObtainAsync(
        SfccContext context, SfccTokenKind kind, IReadOnlyList<string>? scopes, Func<SfccAccessToken?, bool> needsNew, CancellationToken ct)
    {
        var requested = kind == SfccTokenKind.AccountManager ? SfccScopes.RequestValue(context.Credentials, scopes ?? AccountManagerScopes) : "";
        var key = $"{Key(context, kind)}|{requested}";
        if (tokens.TryGetValue(key, out var cached) && !needsNew(cached))
        {
            return SfccResult<SfccAccessToken>.Success(cached);
        }

        var gate = gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            // Read again inside the gate: the call that held it may have fetched one already.
            tokens.TryGetValue(key, out cached);
            if (!needsNew(cached))
            {
                return SfccResult<SfccAccessToken>.Success(cached!);
            }

            var fetched = await FetchAsync(context, kind, requested, ct);
            if (fetched.IsSuccess)
            {
                tokens[key] = fetched.Data;
                logger.LogDebug("New SFCC {Kind} token for connection {ConnectionId}, valid until {ExpiresAt}.", kind, context.ConnectionId, fetched.Data.ExpiresAt);
            }
            else
            {
                tokens.TryRemove(key, out _);
            }

            return fetched;
        }
        finally
        {
            gate.Release();
        }
    }

    private Task<SfccResult<SfccAccessToken>> FetchAsync(SfccContext context, SfccTokenKind kind, string scope, CancellationToken ct)
    {
        var c = context.Credentials;
        return kind switch
        {
            // Setup guide Step 1 sets Token Endpoint Auth Method client_secret_post: the id and password go as form
            // fields, and Account Manager refuses HTTP Basic from such a client.
            SfccTokenKind.AccountManager => PostAsync(context, kind,
                new SfccCallSite(AccountManagerEndpoint, "Account Manager", null, c.B2cClientId),
                Url(context.Endpoints.AccountManagerBaseUrl, "/dwsso/oauth2/access_token"),
                null,
                [new("grant_type", "client_credentials"), new("client_id", c.B2cClientId), new("client_secret", c.B2cClientPassword), new("scope", scope)],
                ct),
            SfccTokenKind.Shopper => PostAsync(context, kind,
                new SfccCallSite(ShopperEndpoint, "SLAS", null, c.ShopClientId),
                Url(context.Endpoints.ScapiBaseUrl, $"/shopper/auth/v1/organizations/{Uri.EscapeDataString(c.OrganizationId)}/oauth2/token"),
                Basic($"{c.ShopClientId}:{c.ShopClientPassword}"),
                [new("grant_type", "client_credentials"), new("channel_id", c.SiteId)],
                ct),
            _ => PostAsync(context, kind,
                new SfccCallSite(BusinessManagerEndpoint, "OCAPI BM grant", null, c.OcapiClientId),
                Url(context.Endpoints.OcapiBaseUrl, $"/dw/oauth2/access_token?client_id={Uri.EscapeDataString(c.OcapiClientId)}"),
                Basic($"{c.BmUser}:{c.BmPassword}:{c.OcapiClientPassword}"),
                [new("grant_type", BusinessManagerGrantType)],
                ct),
        };
    }

    private async Task<SfccResult<SfccAccessToken>> PostAsync(
        SfccContext context, SfccTokenKind kind, SfccCallSite site, Uri url, AuthenticationHeaderValue? authorization,
        KeyValuePair<string, string>[] form, CancellationToken ct)
    {
        var http = new HttpClient(new SfccGuardHandler(context, site.Api, options.Value.PinnedSandboxBase) { InnerHandler = handlers.CreateHandler(SfccHttpClients.Auth) }, disposeHandler: false)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var result = await SfccCall.SendAsync<TokenResponse>(site, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Authorization = authorization;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return http.SendAsync(request, ct);
        }, SfccJson.Ocapi, ct);

        if (!result.IsSuccess)
        {
            var error = result.Error;
            return SfccResult<SfccAccessToken>.Failure(error.Kind is SfccErrorKind.Api or SfccErrorKind.NotFound or SfccErrorKind.Forbidden
                ? error with { Kind = SfccErrorKind.Authentication }
                : error);
        }

        if (string.IsNullOrEmpty(result.Data.AccessToken))
        {
            return SfccResult<SfccAccessToken>.Failure(SfccErrors.Invalid(site, 200, "field 'access_token' is missing"));
        }

        // It goes into every call's Authorization header: spaces, line breaks or control characters there would break
        // (or smuggle) headers, so such a "token" is refused here, where the answer that carried it is known.
        var token = result.Data.AccessToken;
        if (!BearerToken().IsMatch(token))
        {
            return SfccResult<SfccAccessToken>.Failure(SfccErrors.Invalid(site, 200, "field 'access_token' is not a bearer token (RFC 6750: letters, digits and -._~+/ only)"));
        }

        var lifetime = result.Data.ExpiresIn is > 0 and var seconds ? TimeSpan.FromSeconds(Math.Min(seconds, (long)MaxLifetime.TotalSeconds)) : DefaultLifetime;
        var scopes = SfccJwt.ReadScopes(token);
        if (scopes.Count == 0)
        {
            scopes = SfccJwt.Split(result.Data.Scope);
        }

        return SfccResult<SfccAccessToken>.Success(new SfccAccessToken(kind, token, clock.GetUtcNow() + lifetime, scopes));
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-._~+/]+=*$")]
    private static partial Regex BearerToken();

    private static AuthenticationHeaderValue Basic(string pair) => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));

    private static Uri Url(Uri baseUrl, string pathAndQuery) => new(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + pathAndQuery);

    // Changed credentials or endpoints give another key, so a stale token is never used with new settings.
    private static string Key(SfccContext context, SfccTokenKind kind)
    {
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new object[] { context.Endpoints.ToString(), context.Credentials.ShortCode, context.Credentials.OrganizationId, context.Credentials.SiteId,
                context.Credentials.B2cClientId, context.Credentials.B2cClientPassword, context.Credentials.ShopClientId, context.Credentials.ShopClientPassword,
                context.Credentials.OcapiClientId, context.Credentials.OcapiClientPassword, context.Credentials.BmUser, context.Credentials.BmPassword }))))[..16];
        return $"{context.ConnectionId:N}|{kind}|{fingerprint}";
    }

    private sealed record TokenResponse
    {
        public string? AccessToken { get; init; }
        public long? ExpiresIn { get; init; }
        public string? Scope { get; init; }
        public string? TokenType { get; init; }
    }
}
