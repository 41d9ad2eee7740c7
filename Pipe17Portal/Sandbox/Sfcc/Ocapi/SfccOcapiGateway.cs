using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi;

/// <summary>
/// The instance's OCAPI host (`/s/{site}/dw/shop/v23_2/…`, `/s/-/dw/data/v25_6/…`): resolves the resource (404
/// NotFoundException, 405 MethodNotAllowedException), checks the bearer token (401 InvalidAuthorizationHeaderException /
/// InvalidAccessTokenException), the site, the OCAPI settings (403 ClientAccessForbiddenException), injects faults, then runs the resource
/// (with the lost_response fault it runs it and answers 504 all the same).
/// </summary>
public sealed class SfccOcapiGateway(SandboxDbContext db, SfccJwt jwt, SfccFaultInjector faults, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(HttpContext http, string api, string site, string version, string? path, IReadOnlyList<SfccOcapiRoute> routes)
    {
        var expectedVersion = api == "shop" ? "v23_2" : "v25_6";
        var v = expectedVersion[1..].Replace('_', '.');
        // One open for the whole call: EF would otherwise open and close the connection around each of its queries.
        await db.Database.OpenConnectionAsync(http.RequestAborted);
        try
        {
            return await RunAsync(http, api, site, version, expectedVersion, v, "/" + (path ?? ""), routes);
        }
        catch (SfccOcapiException fault)
        {
            return fault.ToResult(v);
        }
    }

    private async Task<IResult> RunAsync(HttpContext http, string api, string site, string version, string expectedVersion, string v, string resource, IReadOnlyList<SfccOcapiRoute> routes)
    {
        var ct = http.RequestAborted;
        var now = clock.GetUtcNow();
        var fullPath = $"/dw/{api}/{version}{resource}";
        var segments = resource.Trim('/').Split('/');
        var matching = version == expectedVersion ? routes.Where(r => r.TryMatch(segments, out _)).ToList() : [];
        if (matching.Count == 0)
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "NotFoundException",
                $"Unknown resource '{fullPath}'. Please provide a valid resource.", SfccOcapiException.Argument("path", fullPath));
        }
        var route = matching.FirstOrDefault(r => HttpMethods.Equals(r.Method, http.Request.Method));
        if (route is null || !route.TryMatch(segments, out var values))
        {
            throw new SfccOcapiException(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowedException",
                $"Method '{http.Request.Method}' is not allowed for resource '{fullPath}'.");
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var clientHeader = http.Request.Headers["x-dw-client-id"].ToString() is { Length: > 0 } h ? h : http.Request.Query["client_id"].ToString();
            throw clientHeader.Length == 0
                ? new SfccOcapiException(StatusCodes.Status400BadRequest, "MissingClientIdException", "The request does not identify a client: send 'Authorization: Bearer …' or the client id in 'x-dw-client-id'.")
                : new SfccOcapiException(StatusCodes.Status401Unauthorized, "InvalidAuthorizationHeaderException", "The request is unauthorized: the 'Authorization' header is missing or is not a Bearer token.");
        }
        var claims = jwt.Read(authorization[7..].Trim());
        if (claims is not { } token || !token.TryGetProperty("client_id", out var cid) || cid.GetString() is not { } clientId)
        {
            throw new SfccOcapiException(StatusCodes.Status401Unauthorized, "InvalidAccessTokenException", "The request is unauthorized, the access token is invalid.");
        }
        if (token.TryGetProperty("exp", out var exp) && exp.GetInt64() <= now.ToUnixTimeSeconds())
        {
            throw new SfccOcapiException(StatusCodes.Status401Unauthorized, "InvalidAccessTokenException", "The request is unauthorized, the access token is expired.");
        }
        var client = await SfccLookups.ApiClient(db, clientId, ct);
        var account = client is null ? null : await SfccLookups.Account(db, client.AccountId, ct);
        if (account is null)
        {
            throw new SfccOcapiException(StatusCodes.Status401Unauthorized, "InvalidAccessTokenException", "The request is unauthorized, the access token is invalid.");
        }
        if ((api == "shop" && site != account.SfccSiteId) || (api == "data" && site != "-"))
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "SiteNotFoundException", api == "shop"
                ? $"No site with ID '{site}' was found."
                : $"The Data API is organization-wide: use /s/-/dw/data/{version}, not /s/{site}/….", SfccOcapiException.Argument("siteId", site));
        }
        var instance = await SfccSeeder.EnsureAsync(db, account, now, ct);
        var settings = api == "shop" ? instance.ShopSettings : instance.DataSettings;
        if (!SfccOcapiSettings.Allows(settings, clientId, http.Request.Method, resource))
        {
            throw new SfccOcapiException(StatusCodes.Status403Forbidden, "ClientAccessForbiddenException",
                $"Access to resource '{http.Request.Method} {fullPath}' is not allowed for the client id '{clientId}'. Add the resource '{route.Template}' with method '{http.Request.Method.ToLowerInvariant()}' to the OCAPI settings ({(api == "shop" ? "Shop" : "Data")}).",
                SfccOcapiException.Argument("resource", resource));
        }
        var fault = await faults.InjectAsync(db, account.Id, ct);
        if (fault is not null and not SfccFaultInjector.LostResponse)
        {
            return Fault(http, fault, v);
        }
        if (fault == SfccFaultInjector.LostResponse)
        {
            try
            {
                await ExecuteAsync(http, db, account, instance, clientId, token, values, route, v, now);
            }
            catch (SfccOcapiException)
            {
                // Refused or not, the answer never reaches the caller.
            }
            return Fault(http, "timeout", v);
        }
        return await ExecuteAsync(http, db, account, instance, clientId, token, values, route, v, now);
    }

    private static async Task<IResult> ExecuteAsync(
        HttpContext http, SandboxDbContext db, SandboxAccount account, SfccInstance instance, string clientId,
        JsonElement token, Dictionary<string, string> values, SfccOcapiRoute route, string v, DateTimeOffset now)
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
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MalformedDocumentException", $"The request body is not valid JSON: {e.Message}");
            }
        }
        var user = token.TryGetProperty("grant_type", out var g) && g.GetString() == "dwsecuretoken" ? token.GetProperty("sub").GetString() : null;
        return await route.Handler(new SfccOcapiCall(http, db, account, instance, clientId, user, values, body, v, now));
    }

    /// <summary>Injected faults in OCAPI's format; 503 carries the load-shedding headers.</summary>
    private static IResult Fault(HttpContext http, string kind, string v)
    {
        switch (kind)
        {
            case "429":
                http.Response.Headers.RetryAfter = SfccFaultInjector.RetryAfter(http);
                return new SfccOcapiException(StatusCodes.Status429TooManyRequests, "QuotaExceededException", "Too many requests. Please retry later.").ToResult(v);
            case "500":
                return new SfccOcapiException(StatusCodes.Status500InternalServerError, "InternalServerErrorException", "An internal server error occurred.").ToResult(v);
            case "503":
                http.Response.Headers["sfdc_load"] = "95";
                http.Response.Headers["sfdc_load_status"] = "THROTTLE";
                return new SfccOcapiException(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailableException", "The service is temporarily unavailable because of load shedding.").ToResult(v);
            case "timeout":
                return new SfccOcapiException(StatusCodes.Status504GatewayTimeout, "GatewayTimeoutException", "The request timed out.").ToResult(v);
            default:
                return new SfccOcapiException(StatusCodes.Status401Unauthorized, "InvalidAccessTokenException", "The request is unauthorized, the access token is expired.").ToResult(v);
        }
    }
}
