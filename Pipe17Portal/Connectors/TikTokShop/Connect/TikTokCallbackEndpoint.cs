using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;

namespace Pipe17Portal.Connectors.TikTokShop.Connect;

/// <summary>Where TikTok's consent page sends the seller back (`code` and `state`, or an error when they cancel).</summary>
public static class TikTokCallbackEndpoint
{
    public const string Path = "/integrations/tiktok/callback";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Path, async (HttpContext context, TikTokAuthorization authorization, CancellationToken ct) =>
        {
            var query = context.Request.Query;
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var outcome = await authorization.CompleteAsync(userId, query["state"], query["code"], query["error"].ToString() is { Length: > 0 } e ? e : null, ct);
            var target = outcome.ConnectionId is { } id ? $"/integrations/{id}" : "/integrations";
            return Results.LocalRedirect(QueryHelpers.AddQueryString(target, outcome.Succeeded ? "connected" : "problem", outcome.Message));
        })
        .RequireAuthorization()
        .ExcludeFromDescription();
}
