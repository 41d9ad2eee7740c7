using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>
/// Account Manager: `POST /dwsso/oauth2/access_token` and the deprecated `/dw/oauth2/access_token`, grant client_credentials,
/// the client authenticated by its Token Endpoint Auth Method only (client_secret_post: form fields; client_secret_basic:
/// HTTP Basic; another one is invalid_client, as Account Manager does). Grants only scopes of the client's allowed list or
/// its default scopes, each exactly (a read scope is not implied by its .rw scope here; the SCAPI endpoints accept either),
/// else invalid_scope naming them. Issues a signed JWT whose scope holds SALESFORCE_COMMERCE_API:{tenant} and the granted scopes.
/// </summary>
public static class SfccAccountManagerEndpoints
{
    public const int AccessTokenSeconds = 1799;
    public const string Issuer = "https://account.demandware.com:443/dwsso/oauth2";

    public static void Map(RouteGroupBuilder am)
    {
        am.MapPost("/dwsso/oauth2/access_token", TokenAsync);
        am.MapPost("/dw/oauth2/access_token", TokenAsync);
    }

    private static async Task<IResult> TokenAsync(HttpRequest request, SandboxDbContext db, SfccJwt jwt, SfccFaultInjector faults, TimeProvider clock, CancellationToken ct)
    {
        var form = await SfccClientCredentials.ReadFormAsync(request, ct);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "invalid_request", "Invalid or missing grant_type parameter");
        }
        if (grantType != "client_credentials")
        {
            return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"Grant type is not supported: {grantType}");
        }
        var credentials = SfccClientCredentials.From(request, form);
        if (credentials is null)
        {
            return SfccOAuthError.Write(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed");
        }
        var client = await db.SfccApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == credentials.ClientId, ct);
        var account = client is null ? null : await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == client.AccountId, ct);
        var refusal = SfccClientRefusal.Of(client, account, credentials.Secret, SfccApiClientSetup.MethodOf(credentials));
        if (refusal is not null || client is null || account is null)
        {
            return SfccOAuthError.Write(StatusCodes.Status401Unauthorized, "invalid_client", refusal ?? SfccClientRefusal.Unknown);
        }
        if (await faults.InjectAsync(db, account.Id, ct) is { } fault && SfccFaultInjector.OAuthReply(fault) is { } faulted)
        {
            return faulted;
        }

        var tenant = SfccTenant.Of(account);
        var allowed = client.ScopeList();
        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        List<string> granted;
        if (requested.Count == 0)
        {
            // The brief is silent; the emulator grants the client's tenant role and every allowed scope.
            granted = [$"{client.Role}:{tenant}", .. allowed];
        }
        else
        {
            var refused = requested.Where(s => !Allowed(s, client, tenant, allowed) && !client.DefaultScopeList().Contains(s)).ToList();
            if (refused.Count > 0)
            {
                return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "invalid_scope", $"Unknown/invalid scope(s): [{string.Join(", ", refused)}]");
            }
            granted = requested;
        }

        var now = clock.GetUtcNow();
        var payload = new JsonObject
        {
            ["sub"] = client.ClientId,
            ["cts"] = "OAUTH2_STATELESS_GRANT",
            ["auditTrackingId"] = Guid.NewGuid().ToString(),
            ["iss"] = Issuer,
            ["tokenName"] = "access_token",
            ["token_type"] = "Bearer",
            ["authGrantId"] = SfccJwt.Base64Url(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)),
            ["aud"] = client.ClientId,
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["grant_type"] = "client_credentials",
            ["scope"] = new JsonArray([.. granted.Select(s => (JsonNode)JsonValue.Create(s))]),
            ["auth_time"] = now.ToUnixTimeSeconds(),
            ["realm"] = "/",
            ["exp"] = now.ToUnixTimeSeconds() + AccessTokenSeconds + 1,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["expires_in"] = AccessTokenSeconds + 1,
            ["jti"] = Guid.NewGuid().ToString(),
            ["client_id"] = client.ClientId,
            ["tenantFilter"] = $"{client.Role}:{tenant}",
            ["roles"] = new JsonArray(JsonValue.Create(client.Role)),
        };
        return TypedResults.Json(new Dictionary<string, object>
        {
            ["access_token"] = jwt.Sign(payload),
            ["scope"] = string.Join(' ', granted),
            ["token_type"] = "Bearer",
            ["expires_in"] = AccessTokenSeconds,
        });
    }

    private static bool Allowed(string scope, SfccApiClient client, string tenant, IReadOnlyList<string> allowed)
    {
        var colon = scope.IndexOf(':');
        if (colon > 0)
        {
            // A role scope: only the client's own role, filtered to its own tenant.
            return scope[..colon] == client.Role && scope[(colon + 1)..] == tenant;
        }
        // Account Manager matches the allowed list exactly: "sfcc.products" is refused to a client allowed only "sfcc.products.rw".
        return allowed.Contains(scope);
    }
}
