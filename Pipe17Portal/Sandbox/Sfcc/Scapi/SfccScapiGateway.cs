using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// The SCAPI host's admin APIs (`/{family}/{api}/v1/organizations/{organizationId}/…`): resolves the operation (404
/// not-found), checks the Account Manager bearer JWT (401 invalid-access-token), its tenant (403 forbidden) and scope
/// (403 forbidden naming the scope: a read needs `sfcc.x` or `sfcc.x.rw`, a write `sfcc.x.rw`), the siteId, injects
/// faults (503 with sfdc_load), then runs the operation (with the lost_response fault it runs it and answers 504 all the same).
/// </summary>
public sealed class SfccScapiGateway(SandboxDbContext db, SfccJwt jwt, SfccFaultInjector faults, TimeProvider clock)
{
    public static readonly IReadOnlyList<SfccScapiRoute> Routes = [.. SfccScapiProductEndpoints.Routes, .. SfccScapiOrderEndpoints.Routes, .. SfccScapiCustomerEndpoints.Routes, .. SfccOciEndpoints.Routes];

    public async Task<IResult> HandleAsync(HttpContext http, string family, string api, string organizationId, string? path)
    {
        // One open for the whole call: EF would otherwise open and close the connection around each of its queries.
        await db.Database.OpenConnectionAsync(http.RequestAborted);
        try
        {
            return await RunAsync(http, $"/{family}/{api}/v1", organizationId, path ?? "");
        }
        catch (SfccScapiException problem)
        {
            return problem.ToResult();
        }
    }

    private async Task<IResult> RunAsync(HttpContext http, string basePath, string organizationId, string path)
    {
        var ct = http.RequestAborted;
        var now = clock.GetUtcNow();
        var segments = path.Trim('/').Split('/');
        var matching = Routes.Where(r => r.TryMatch(basePath, segments, out _)).ToList();
        var route = matching.FirstOrDefault(r => HttpMethods.Equals(r.Method, http.Request.Method));
        if (route is null || !route.TryMatch(basePath, segments, out var values))
        {
            throw matching.Count == 0
                ? new SfccScapiException(StatusCodes.Status404NotFound, "not-found", "Not Found", $"The resource '{basePath}/organizations/{organizationId}/{path}' does not exist.")
                : new SfccScapiException(StatusCodes.Status405MethodNotAllowed, "method-not-allowed", "Method Not Allowed", $"The method '{http.Request.Method}' is not allowed for this resource.");
        }
        var authorization = http.Request.Headers.Authorization.ToString();
        var claims = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? jwt.Read(authorization[7..].Trim()) : null;
        if (claims is not { } token || !token.TryGetProperty("scope", out var scopeClaim) || scopeClaim.ValueKind != JsonValueKind.Array
            || (token.TryGetProperty("exp", out var exp) && exp.GetInt64() <= now.ToUnixTimeSeconds()))
        {
            throw new SfccScapiException(StatusCodes.Status401Unauthorized, "invalid-access-token", "Invalid Access Token", "The request is unauthorized, the access token is invalid.");
        }
        var scopes = scopeClaim.EnumerateArray().Select(s => s.GetString() ?? "").ToList();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.SfccOrganizationId == organizationId, ct);
        if (account is null || !scopes.Contains($"{SfccRoles.CommerceApi}:{SfccTenant.Of(account)}"))
        {
            throw new SfccScapiException(StatusCodes.Status403Forbidden, "forbidden", "Forbidden",
                $"The access token is not valid for organization '{organizationId}': its scope has no {SfccRoles.CommerceApi}:{(account is null ? "<tenant>" : SfccTenant.Of(account))}.");
        }
        // OCI's delta-token only starts a read of the change feed (inferred: the cartridges that read deltas hold the read scope).
        var write = !HttpMethods.IsGet(http.Request.Method) && !path.EndsWith("-search", StringComparison.Ordinal) && !path.Contains("/actions/", StringComparison.Ordinal)
            && !path.TrimEnd('/').EndsWith("availability-records/delta-token", StringComparison.Ordinal);
        var needed = write ? route.Scope + ".rw" : route.Scope;
        if (!SfccRoles.Covers(scopes, needed))
        {
            throw new SfccScapiException(StatusCodes.Status403Forbidden, "forbidden", "Forbidden", $"The access token lacks the scope '{needed}' needed for this operation.");
        }
        if (route.SiteRequired && http.Request.Query["siteId"].ToString() is var site && site != account.SfccSiteId)
        {
            throw site.Length == 0
                ? new SfccScapiException(StatusCodes.Status400BadRequest, "missing-site-id", "Missing Site ID", "The query parameter 'siteId' is required.")
                : new SfccScapiException(StatusCodes.Status400BadRequest, "site-not-found", "Site Not Found", $"No site with ID '{site}' was found.");
        }
        var fault = await faults.InjectAsync(db, account.Id, ct);
        if (fault is not null and not SfccFaultInjector.LostResponse)
        {
            return Fault(http, fault);
        }
        if (fault == SfccFaultInjector.LostResponse)
        {
            try
            {
                await ExecuteAsync(http, db, account, route, values, now);
            }
            catch (SfccScapiException)
            {
                // Refused or not, the answer never reaches the caller.
            }
            return Fault(http, "timeout");
        }
        return await ExecuteAsync(http, db, account, route, values, now);
    }

    private static async Task<IResult> ExecuteAsync(HttpContext http, SandboxDbContext db, SandboxAccount account, SfccScapiRoute route, Dictionary<string, string> values, DateTimeOffset now)
    {
        var ct = http.RequestAborted;
        JsonNode? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct);
            }
            catch (JsonException e)
            {
                throw SfccScapiException.BadRequest($"The request body is not valid JSON: {e.Message}");
            }
        }
        if (http.Request.Headers["correlation-id"].ToString() is { Length: > 0 } correlation)
        {
            http.Response.Headers["x-correlation-id"] = correlation;
        }
        return await route.Handler(new SfccScapiCall(http, db, account, values, body, now));
    }

    private static IResult Fault(HttpContext http, string kind)
    {
        switch (kind)
        {
            case "429":
                http.Response.Headers.RetryAfter = SfccFaultInjector.RetryAfter(http);
                return new SfccScapiException(StatusCodes.Status429TooManyRequests, "too-many-requests", "Too Many Requests", "The rate limit was exceeded. Retry later.").ToResult();
            case "500":
                return new SfccScapiException(StatusCodes.Status500InternalServerError, "internal-server-error", "Internal Server Error", "An internal server error occurred.").ToResult();
            case "503":
                http.Response.Headers["sfdc_load"] = "95";
                http.Response.Headers["sfdc_load_status"] = "THROTTLE";
                return new SfccScapiException(StatusCodes.Status503ServiceUnavailable, "service-unavailable", "Service Unavailable", "The service is shedding load. Retry later.").ToResult();
            case "timeout":
                return new SfccScapiException(StatusCodes.Status504GatewayTimeout, "gateway-timeout", "Gateway Timeout", "The request timed out.").ToResult();
            default:
                return new SfccScapiException(StatusCodes.Status401Unauthorized, "invalid-access-token", "Invalid Access Token", "The request is unauthorized, the access token is expired.").ToResult();
        }
    }
}
