using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>A Salesforce connection's page: settings, Connect and its checks.</summary>
public sealed class SfccConnectionPage(IPage page)
{
    public Task UseSandboxAsync() => page.GetByTestId("sfcc-use-sandbox").ClickAsync();

    public Task ConnectAsync() => page.GetByTestId("sfcc-connect").ClickAsync();

    public ILocator Checks => page.GetByTestId("sfcc-check");

    public ILocator StatusMessage => page.GetByTestId("sfcc-status-message");
}
