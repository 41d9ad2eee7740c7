using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Connectors.TikTokShop.Connect;

public sealed class TikTokConnectionEndpoints : IEndpointGroup
{
    public static string Prefix => "/connections/{id:guid}/tiktok";
    public static string Tag => "TikTok Shop";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (Guid id, ITikTokConnectionApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("The TikTok Shop settings of a connection (the app secret only as set / not set)");
        group.MapPut("/", (Guid id, TikTokSettingsUpdate update, ITikTokConnectionApi api, CancellationToken ct) => api.SaveAsync(id, update, ct))
            .WithSummary("Save credentials and flow settings (Developer)");
        group.MapPost("/use-sandbox", (Guid id, ITikTokConnectionApi api, CancellationToken ct) => api.UseSandboxAsync(id, ct))
            .WithSummary("Fill the settings from the workspace's sandbox shop (Developer)");
        group.MapPost("/authorize", (Guid id, ITikTokConnectionApi api, CancellationToken ct) => api.StartAuthorizationAsync(id, ct))
            .WithSummary("Start Connect: returns the TikTok consent URL (signed-in Developer)");
        group.MapPost("/shop", (Guid id, TikTokSelectShopRequest request, ITikTokConnectionApi api, CancellationToken ct) => api.SelectShopAsync(id, request, ct))
            .WithSummary("Choose the shop when the authorization covers several (Developer)");
        group.MapPost("/disconnect", (Guid id, ITikTokConnectionApi api, CancellationToken ct) => api.DisconnectAsync(id, ct))
            .WithSummary("Stop every TikTok flow of the connection (Developer)");
    }
}
