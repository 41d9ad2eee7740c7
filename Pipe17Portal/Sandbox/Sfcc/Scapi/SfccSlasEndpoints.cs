using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// SLAS `POST /shopper/auth/v1/organizations/{organizationId}/oauth2/token`: a guest token for the account's Shop API client
/// as a private client (grant client_credentials, HTTP Basic, channel_id = the site). Errors are
/// application/problem+json {"error","error_description"} as the spec's examples.
/// </summary>
public static class SfccSlasEndpoints
{
    public const int AccessTokenSeconds = 1800;
    public const int RefreshTokenSeconds = 2_592_000;
    private const string Problem = "application/problem+json";

    public static void Map(RouteGroupBuilder scapi) =>
        scapi.MapPost("/shopper/auth/v1/organizations/{organizationId}/oauth2/token", TokenAsync);

    private static async Task<IResult> TokenAsync(string organizationId, HttpRequest request, SandboxDbContext db, SfccJwt jwt, SfccFaultInjector faults, TimeProvider clock, CancellationToken ct)
    {
        var form = await SfccClientCredentials.ReadFormAsync(request, ct);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Missing grant_type.");
        }
        if (grantType != "client_credentials")
        {
            // Only the private-client guest flow is emulated; the others need a shopper login the emulator does not have.
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"Grant type '{grantType}' is not supported.");
        }
        var basic = SfccClientCredentials.BasicParts(request);
        if (basic is null)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Bad or missing client_id.");
        }
        var colon = basic.IndexOf(':');
        var clientId = colon < 0 ? "" : basic[..colon];
        var secret = colon < 0 ? "" : basic[(colon + 1)..];
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.SfccOrganizationId == organizationId, ct);
        var client = account is null ? null : await db.SfccApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId && c.AccountId == account.Id, ct);
        if (account is null || client is null || client.Kind != "shop" || account.SfccShopClientPassword != secret)
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Basic Authorization failed.");
        }
        if (client.Disabled)
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", SfccClientRefusal.Disabled);
        }
        var channel = request.Query["channel_id"].FirstOrDefault() ?? form["channel_id"].FirstOrDefault() ?? "";
        if (channel.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Missing channel_id.");
        }
        if (channel != account.SfccSiteId)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", $"Invalid channel_id: '{channel}' is not a site of this organization.");
        }
        if (await faults.InjectAsync(db, account.Id, ct) is { } fault && SfccFaultInjector.OAuthReply(fault) is { } faulted)
        {
            return faulted;
        }

        var tenant = SfccTenant.Of(account);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var usid = form["usid"].FirstOrDefault() is { Length: > 0 } given ? given : Guid.NewGuid().ToString();
        var customerId = "ab" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y')[..24];
        var payload = new JsonObject
        {
            ["aut"] = "GUID",
            ["scp"] = string.Join(' ', SfccRoles.SlasShopperScopes),
            ["sub"] = $"cc-slas::{tenant}::scid:{client.ClientId}::usid:{usid}",
            ["ctx"] = "slas",
            ["iss"] = $"slas/prod/{tenant}",
            ["ist"] = 1,
            ["dnt"] = form["dnt"].FirstOrDefault() ?? "0",
            ["aud"] = "commercecloud/prod/" + tenant,
            ["nbf"] = now - 30,
            ["sty"] = "User",
            ["isb"] = $"uido:ecom::upn:Guest::uidn:Guest User::gcid:{customerId}::chid:{channel}",
            ["exp"] = now + AccessTokenSeconds,
            ["iat"] = now,
            ["jti"] = $"C2C{RandomNumberGenerator.GetHexString(20)}",
        };
        return TypedResults.Json(new Dictionary<string, object>
        {
            ["access_token"] = jwt.Sign(payload),
            ["id_token"] = jwt.Sign(new JsonObject { ["sub"] = $"usid:{usid}", ["aud"] = client.ClientId, ["iat"] = now, ["exp"] = now + AccessTokenSeconds }),
            ["refresh_token"] = SfccJwt.Base64Url(RandomNumberGenerator.GetBytes(32)),
            ["expires_in"] = AccessTokenSeconds,
            ["refresh_token_expires_in"] = RefreshTokenSeconds,
            ["token_type"] = "Bearer",
            ["usid"] = usid,
            ["customer_id"] = customerId,
            ["enc_user_id"] = RandomNumberGenerator.GetHexString(32),
            ["idp_access_token"] = "",
        });
    }

    private static IResult Error(int status, string error, string description) => SfccOAuthError.Write(status, error, description, Problem);
}
