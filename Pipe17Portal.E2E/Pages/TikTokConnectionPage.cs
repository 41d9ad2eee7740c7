using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>A TikTok Shop connection's page, and the sandbox's consent page it leads to.</summary>
public sealed class TikTokConnectionPage(IPage page)
{
    public Task UseSandboxAsync() => page.GetByTestId("tiktok-use-sandbox").ClickAsync();

    public Task ConnectAsync() => page.GetByTestId("tiktok-connect").ClickAsync();

    /// <summary>On TikTok's (sandbox) consent page.</summary>
    public Task AuthorizeAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Authorize" }).ClickAsync();

    public ILocator StatusMessage => page.GetByTestId("tiktok-status-message");

    public ILocator AppKey => page.GetByTestId("tiktok-app-key");

    public ILocator OrderHold => page.GetByLabel("Order hold (minutes)");

    /// <summary>How long paid orders wait before they are ready for fulfillment.</summary>
    public Task SetOrderHoldAsync(int minutes) => OrderHold.FillAsync(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task SaveAsync() => page.GetByTestId("tiktok-save").ClickAsync();
}
