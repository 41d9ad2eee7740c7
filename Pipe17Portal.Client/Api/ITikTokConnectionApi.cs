using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>Setting up a TikTok Shop connection: credentials, flow toggles, the authorization round trip, the shop.</summary>
public interface ITikTokConnectionApi
{
    [Get("/api/v1/connections/{id}/tiktok")]
    Task<TikTokSettingsView> GetAsync(Guid id, CancellationToken ct = default);

    [Put("/api/v1/connections/{id}/tiktok")]
    Task<TikTokSettingsView> SaveAsync(Guid id, [Body] TikTokSettingsUpdate update, CancellationToken ct = default);

    /// <summary>Fills the settings from the workspace's sandbox account (provisioned on first use).</summary>
    [Post("/api/v1/connections/{id}/tiktok/use-sandbox")]
    Task<TikTokSettingsView> UseSandboxAsync(Guid id, CancellationToken ct = default);

    /// <summary>Starts Connect: the URL of TikTok's consent page, with a single-use state bound to the signed-in member.</summary>
    [Post("/api/v1/connections/{id}/tiktok/authorize")]
    Task<TikTokAuthorizeStart> StartAuthorizationAsync(Guid id, CancellationToken ct = default);

    [Post("/api/v1/connections/{id}/tiktok/shop")]
    Task<TikTokSettingsView> SelectShopAsync(Guid id, [Body] TikTokSelectShopRequest request, CancellationToken ct = default);

    /// <summary>Stops every TikTok flow of the connection and forgets its tokens; settings stay for a later Connect.</summary>
    [Post("/api/v1/connections/{id}/tiktok/disconnect")]
    Task<TikTokSettingsView> DisconnectAsync(Guid id, CancellationToken ct = default);
}
