using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Control;

/// <summary>
/// `/sandbox/_control/accounts/{id}/sfcc`: the API clients' scopes (`GET|PUT api-clients/{client_id}/scopes {scopes}`), whether
/// they are disabled (`PUT api-clients/{client_id}/disabled {disabled}`), their secret (`PUT api-clients/{client_id}/secret {secret}`), their
/// authentication method (`PUT api-clients/{client_id}/token-endpoint-auth-method {method}`), the
/// BM user's roles (`GET|PUT bm-user/roles {roles}`), so a missing scope or role, a disabled client or a changed password can be reproduced. Tokens issued from then on follow.
/// </summary>
public static class SfccControlEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(RouteGroupBuilder sfcc)
    {
        sfcc.MapGet("/api-clients/{clientId}/scopes", (string id, string clientId, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithClientAsync(id, clientId, db, clock, ct, _ => null));

        sfcc.MapPut("/api-clients/{clientId}/scopes", (string id, string clientId, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithClientAsync(id, clientId, db, clock, ct, client =>
            {
                var scopes = Strings(body, "scopes");
                if (scopes is null || scopes.Any(s => s is null || !SfccRoles.KnownScopes.Contains(s)))
                {
                    return Invalid("scopes", $"scopes must be a list of scopes from: {string.Join(", ", SfccRoles.KnownScopes)}.");
                }
                client.Scopes = string.Join(' ', scopes.Distinct());
                return null;
            }));

        // Account Manager → API Client → Disable / Enable: a disabled client gets no token (401 invalid_client) until enabled.
        sfcc.MapPut("/api-clients/{clientId}/disabled", (string id, string clientId, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithClientAsync(id, clientId, db, clock, ct, client =>
            {
                if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("disabled", out var disabled) || disabled.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return Invalid("disabled", "Send {\"disabled\": true} to disable the client or {\"disabled\": false} to enable it.");
                }
                client.Disabled = disabled.GetBoolean();
                return null;
            }));

        // Account Manager → API Client → Token Endpoint Auth Method: a client authenticated any other way is refused.
        sfcc.MapPut("/api-clients/{clientId}/token-endpoint-auth-method", (string id, string clientId, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithClientAsync(id, clientId, db, clock, ct, client =>
            {
                var method = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("method", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                if (method is null || !SfccApiClientSetup.AuthMethods.Contains(method))
                {
                    return Invalid("method", $"Send {{\"method\": \"…\"}} with one of: {string.Join(", ", SfccApiClientSetup.AuthMethods)} (the setup guide uses {SfccApiClientSetup.ClientSecretPost}).");
                }
                client.TokenEndpointAuthMethod = method;
                return null;
            }));

        // Account Manager → API Client → change the password: the password the portal has stored stops working.
        sfcc.MapPut("/api-clients/{clientId}/secret", async Task<IResult> (string id, string clientId, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var secret = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("secret", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
            if (secret.Length is < 8 or > 100 || secret.Any(char.IsWhiteSpace))
            {
                return Invalid("secret", "Send {\"secret\": \"…\"}: 8 to 100 characters without spaces.");
            }
            if (!Guid.TryParse(id, out var accountId) || await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, ct) is not { } account)
            {
                return (await AccountAsync(db, id, ct)).Error!;
            }
            switch (SfccSeeder.Clients(account).Where(c => c.ClientId == clientId).Select(c => c.Kind).FirstOrDefault())
            {
                case "b2c": account.SfccB2cClientPassword = secret; break;
                case "shop": account.SfccShopClientPassword = secret; break;
                case "ocapi": account.SfccOcapiClientPassword = secret; break;
                default:
                    return SandboxProblem.Write(StatusCodes.Status404NotFound,
                        $"Sandbox account {account.Id} has no SFCC API client '{clientId}'; its clients are {string.Join(", ", SfccSeeder.Clients(account).Select(c => $"{c.ClientId} ({c.Kind})"))}.");
            }
            await db.SaveChangesAsync(ct);
            return await WithClientAsync(id, clientId, db, clock, ct, _ => null);
        });

        sfcc.MapGet("/bm-user/roles", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, _ => null));

        sfcc.MapPut("/bm-user/roles", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, instance =>
            {
                var roles = Strings(body, "roles");
                if (roles is null || roles.Any(r => string.IsNullOrWhiteSpace(r) || r.Contains(',')))
                {
                    return Invalid("roles", $"roles must be a list of Business Manager role names without commas, e.g. [\"Administrator\"]; OCAPI needs one of: {string.Join(", ", SfccRoles.OcapiRoles)}.");
                }
                instance.BmRoles = string.Join(',', roles.Distinct());
                return null;
            }));
    }

    private static async Task<IResult> WithClientAsync(string id, string clientId, SandboxDbContext db, TimeProvider clock, CancellationToken ct, Func<SfccApiClient, IResult?> change)
    {
        var (account, error) = await AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        await SfccSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct);
        var client = await db.SfccApiClients.SingleOrDefaultAsync(c => c.ClientId == clientId && c.AccountId == account.Id, ct);
        if (client is null)
        {
            return SandboxProblem.Write(StatusCodes.Status404NotFound,
                $"Sandbox account {account.Id} has no SFCC API client '{clientId}'; its clients are {string.Join(", ", SfccSeeder.Clients(account).Select(c => $"{c.ClientId} ({c.Kind})"))}.");
        }
        if (change(client) is { } invalid)
        {
            return invalid;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Json(new
        {
            client_id = client.ClientId,
            kind = client.Kind,
            role = client.Role,
            scopes = client.ScopeList(),
            default_scopes = client.DefaultScopeList(),
            token_endpoint_auth_method = client.TokenEndpointAuthMethod,
            access_token_format = client.AccessTokenFormat,
            disabled = client.Disabled,
        }, Json);
    }

    private static async Task<IResult> WithInstanceAsync(string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct, Func<SfccInstance, IResult?> change)
    {
        var (account, error) = await AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        var instance = await SfccSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct);
        if (change(instance) is { } invalid)
        {
            return invalid;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Json(new { user = account.SfccBmUser, roles = instance.BmRoleList() }, Json);
    }

    private static async Task<(SandboxAccount? Account, IResult? Error)> AccountAsync(SandboxDbContext db, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var accountId))
        {
            return (null, SandboxProblem.Write(StatusCodes.Status400BadRequest, $"'{id}' is not a sandbox account id; use the id returned by POST /sandbox/_control/accounts."));
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, ct);
        return account is null
            ? (null, SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account {accountId}. Create one with POST /sandbox/_control/accounts."))
            : (account, null);
    }

    private static List<string?>? Strings(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null)]
            : null;

    private static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Sandbox control API");
}
