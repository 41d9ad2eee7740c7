using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E.Pages;

/// <summary>Troubleshooting: every check of the workspace, run from the browser.</summary>
public sealed class TroubleshootingPage(IPage page)
{
    public ILocator Check(string key) => page.Locator($"[data-testid=check][data-check='{key}']");

    public ILocator Summary(string key) => Check(key).GetByTestId("check-summary");

    public ILocator Evidence(string key) => Check(key).GetByTestId("check-evidence");

    public ILocator FixLink(string key) => Check(key).GetByTestId("check-fix-link");

    public ILocator FixAction(string key) => Check(key).GetByTestId("check-fix-action");

    /// <summary>Clicks Run all checks and waits until every check has a result.</summary>
    public async Task RunAllAsync()
    {
        await page.GetByTestId("run-all-checks").ClickAsync();
        // Stored results show until the run replaces them: wait for the run to start, then to end.
        await Expect(page.GetByTestId("checks-progress")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("checks-progress")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
    }

    public Task ExpectOutcomeAsync(string key, string outcome) =>
        Expect(Check(key)).ToHaveAttributeAsync("data-outcome", outcome, new() { Timeout = 30_000 });
}
