using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi;

/// <summary>
/// The instance's OCAPI Business Manager user grant: `POST /dw/oauth2/access_token?client_id={ocapiClientId}` with
/// Basic base64("{bmUser}:{bmPassword}:{clientSecret}") and grant_type
/// urn:demandware:params:oauth:grant-type:client-id:dwsid:dwsecuretoken. The brief leaves the error bodies open; the
/// emulator tells the causes apart (see the README section): unknown, disabled client or wrong client secret 401
/// invalid_client (the description names which, see SfccClientRefusal), wrong user or password 401 invalid_grant, user without an OCAPI role 403 access_denied.
/// </summary>
public static class SfccBmGrantEndpoints
{
    public const string GrantType = "urn:demandware:params:oauth:grant-type:client-id:dwsid:dwsecuretoken";
    public const int AccessTokenSeconds = 899;

    public static void Map(RouteGroupBuilder instance) => instance.MapPost("/dw/oauth2/access_token", TokenAsync);

    private static async Task<IResult> TokenAsync(HttpRequest request, SandboxDbContext db, SfccJwt jwt, SfccFaultInjector faults, TimeProvider clock, CancellationToken ct)
    {
        var clientId = request.Query["client_id"].ToString();
        if (clientId.Length == 0)
        {
            return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "invalid_request", "Missing client_id query parameter.");
        }
        var form = await SfccClientCredentials.ReadFormAsync(request, ct);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "invalid_request", "Missing grant_type.");
        }
        if (grantType != GrantType)
        {
            return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"Unsupported grant_type '{grantType}'.");
        }
        var basic = SfccClientCredentials.BasicParts(request);
        var first = basic?.IndexOf(':') ?? -1;
        var last = basic?.LastIndexOf(':') ?? -1;
        if (basic is null || first < 0 || last == first)
        {
            return SfccOAuthError.Write(StatusCodes.Status400BadRequest, "invalid_request", "The Authorization header must be Basic base64(\"user:password:client_secret\").");
        }
        var (user, password, secret) = (basic[..first], basic[(first + 1)..last], basic[(last + 1)..]);

        var client = await db.SfccApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, ct);
        var account = client is null ? null : await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == client.AccountId, ct);
        var refusal = SfccClientRefusal.Of(client, account, secret);
        if (refusal is not null || account is null)
        {
            return SfccOAuthError.Write(StatusCodes.Status401Unauthorized, "invalid_client", refusal ?? SfccClientRefusal.Unknown);
        }
        if (!string.Equals(user, account.SfccBmUser, StringComparison.OrdinalIgnoreCase) || password != account.SfccBmPassword)
        {
            return SfccOAuthError.Write(StatusCodes.Status401Unauthorized, "invalid_grant", "Invalid Business Manager user credentials.");
        }
        var instance = await SfccSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct);
        var roles = instance.BmRoleList();
        if (!roles.Any(r => SfccRoles.OcapiRoles.Contains(r)))
        {
            return SfccOAuthError.Write(StatusCodes.Status403Forbidden, "access_denied",
                $"User '{account.SfccBmUser}' has none of the roles allowed to use OCAPI ({string.Join(", ", SfccRoles.OcapiRoles)}); the user's roles are: [{string.Join(", ", roles)}].");
        }
        if (await faults.InjectAsync(db, account.Id, ct) is { } fault && SfccFaultInjector.OAuthReply(fault) is { } faulted)
        {
            return faulted;
        }
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var token = jwt.Sign(new JsonObject
        {
            ["sub"] = account.SfccBmUser,
            ["client_id"] = clientId,
            ["grant_type"] = "dwsecuretoken",
            ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)JsonValue.Create(r))]),
            ["iat"] = now,
            ["exp"] = now + AccessTokenSeconds + 1,
        });
        return TypedResults.Json(new Dictionary<string, object> { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = AccessTokenSeconds });
    }
}
