using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E.Pages;

/// <summary>The app bar and navigation around every portal page.</summary>
public sealed class PortalShell(IPage page)
{
    public ILocator WorkspaceName => page.GetByTestId("workspace-name");
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Waits until the page answers clicks: prerendered HTML is visible earlier but ignores them.</summary>
    public Task WaitUntilInteractiveAsync() => page.Locator("[data-interactive]").WaitForAsync();

    public async Task NavigateAsync(string section)
    {
        // A link clicked while the page is still starting its circuit can be undone by the start-up render.
        await WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = section }).ClickAsync();
        await WaitUntilInteractiveAsync();
    }

    /// <summary>
    /// Reads a message (snackbar) and closes it, as a person does. Closing matters: MudBlazor shows at most five messages
    /// and queues newer ones, so unread confirmations left open would hide the next one for seconds.
    /// </summary>
    public async Task ReadMessageAsync(string text)
    {
        var message = page.Locator("#mud-snackbar-container .mud-snackbar").Filter(new() { HasText = text });
        await Expect(message).ToBeVisibleAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
    }

    /// <summary>
    /// For pages that show a snapshot and do not refresh on their own: runs the web-first assertion (which waits up to its
    /// own timeout), and while it fails reloads the page and tries again, until <paramref name="timeout"/> has passed;
    /// then the assertion's own failure is what the test reports.
    /// </summary>
    public async Task ReloadUntilAsync(Func<Task> expectation, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        await WaitUntilInteractiveAsync();
        while (true)
        {
            try
            {
                await expectation();
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                await page.ReloadAsync();
                await WaitUntilInteractiveAsync();
            }
        }
    }

    public async Task SignOutAsync()
    {
        await WaitUntilInteractiveAsync();
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
    }
}
