using Microsoft.Playwright;

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

    public async Task SignOutAsync()
    {
        await WaitUntilInteractiveAsync();
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
    }
}
