using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Security;

/// <summary>
/// Refuses cookie-authenticated writes to /api/v1 without `X-Requested-With: Pipe17Portal`. SameSite=Lax still lets
/// another site's top-level form post carry the cookie, and a body-less POST (retry, disconnect) needs nothing else;
/// a custom header cannot be added cross-site without CORS, which the portal does not allow. API-key calls are exempt:
/// a browser never sends the key by itself.
/// </summary>
public static class ApiWriteHeaderGuard
{
    public static IApplicationBuilder UseApiWriteHeaderGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsCookieWrite(context) && context.Request.Headers[PortalRequestHeader.Name] != PortalRequestHeader.Value)
        {
            await ApiProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, "Request header missing",
                $"Changes through the API with a browser session must send the header {PortalRequestHeader.Name}: {PortalRequestHeader.Value} " +
                "(the portal's pages do). Scripts should authenticate with a workspace API key in the X-Api-Key header instead of a session cookie.");
            return;
        }
        await next(context);
    });

    private static bool IsCookieWrite(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/v1")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);
}
