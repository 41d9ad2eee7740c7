using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Sync;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>
/// The shop is authorized and connected, and its tokens last. The access token renews itself from the refresh token on
/// the next call, so only the refresh token's end forces a new authorization: within the warning window it is a warning,
/// past it a failure. An expired access token is evidence only (while the refresh token is valid it is renewed).
/// </summary>
public sealed class TikTokConnectionCheck(ITikTokTokenStore tokens, IOptions<TikTokCheckOptions> options) : ICheck
{
    public string Key => "tiktok.connection";
    public string Title => "TikTok Shop is authorized and its tokens are valid";
    public CheckArea Area => CheckArea.TikTokShop;
    public string HelpSlug => "connect-tiktok-shop";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var shops = context.Of(ConnectorKind.TikTokShop);
        if (shops.Count == 0)
        {
            return CheckFinding.Fail("There is no TikTok Shop connection.", CheckFindings.AddConnection("your TikTok Shop"));
        }
        return await CheckFindings.EachAsync(shops, shop => OneAsync(context, shop, ct));
    }

    private async Task<CheckFinding> OneAsync(CheckContext context, Connection shop, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(shop.SettingsJson);
        var authorize = new CheckFix("Open the connection and click Connect to authorize the shop again in TikTok Seller Center.", CheckContext.ConnectionPage(shop.Id));
        var status = $"Status: {shop.Status}{(shop.StatusMessage is null ? "" : $" ({shop.StatusMessage})")}";
        switch (shop.Status)
        {
            case ConnectionStatus.NeedsReauthorization:
                return CheckFinding.Fail($"'{shop.DisplayName}' needs to be authorized again: the portal can no longer call TikTok for it.", authorize, status);
            case ConnectionStatus.Error:
                return CheckFinding.Fail($"'{shop.DisplayName}' is in error: {shop.StatusMessage ?? "no detail recorded"}.", authorize, status);
            case ConnectionStatus.NotConnected:
                return CheckFinding.Fail($"'{shop.DisplayName}' is not connected yet.", authorize with { Text = "Open the connection, enter the app credentials (or Use sandbox) and click Connect." }, status);
        }
        if (!settings.IsAuthorized)
        {
            return CheckFinding.Fail($"'{shop.DisplayName}' has no authorized shop.", authorize, status);
        }
        var stored = await tokens.GetAsync(shop.Id, ct);
        if (stored is null)
        {
            return CheckFinding.Fail($"'{shop.DisplayName}' has no tokens stored.", authorize, status);
        }

        var now = context.Now;
        var evidence = new List<string>
        {
            $"Shop: {settings.ShopName ?? settings.ShopId} ({settings.ShopRegion ?? settings.Region}){(settings.IsSandbox ? ", sandbox" : "")}",
            stored.AccessTokenExpiresAt <= now
                ? $"Access token expired at {stored.AccessTokenExpiresAt:yyyy-MM-dd HH:mm} UTC; renewed from the refresh token on the next call"
                : $"Access token valid until {stored.AccessTokenExpiresAt:yyyy-MM-dd HH:mm} UTC",
            $"Refresh token valid until {stored.RefreshTokenExpiresAt:yyyy-MM-dd HH:mm} UTC",
        };
        if (stored.RefreshTokenExpiresAt <= now)
        {
            return CheckFinding.Fail($"'{shop.DisplayName}': the authorization expired on {stored.RefreshTokenExpiresAt:yyyy-MM-dd}; TikTok will refuse every call until the shop is authorized again.", authorize, evidence);
        }
        var left = stored.RefreshTokenExpiresAt - now;
        if (left <= TimeSpan.FromDays(options.Value.TokenWarnDays))
        {
            return CheckFinding.Warn($"'{shop.DisplayName}': the authorization expires in {Describe(left)} ({stored.RefreshTokenExpiresAt:yyyy-MM-dd HH:mm} UTC); authorize the shop again before then.", authorize, evidence);
        }
        return CheckFinding.Pass($"'{shop.DisplayName}' is connected; its authorization lasts until {stored.RefreshTokenExpiresAt:yyyy-MM-dd}.", evidence);
    }

    private static string Describe(TimeSpan left) =>
        left.TotalDays >= 1 ? CheckFindings.Count((int)left.TotalDays, "day") : CheckFindings.Count(Math.Max(1, (int)left.TotalHours), "hour");
}
