using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E.Pages;

/// <summary>The Ask panel: the app bar's Ask button and the drawer it opens, on every page.</summary>
public sealed class AskPanel(IPage page)
{
    public ILocator Answer => page.GetByTestId("ask-answer");

    public ILocator Findings => page.GetByTestId("ask-finding");

    public ILocator Fixes => page.GetByTestId("ask-fix");

    public ILocator Citations => page.GetByTestId("ask-citation");

    public async Task CloseAsync()
    {
        await page.GetByTestId("ask-close").ClickAsync();
        // The drawer slides out (its content stays, so the answer is there when it opens again).
        await Expect(page.GetByTestId("ask-drawer")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
    }

    /// <summary>Opens the panel, types the question, asks, and waits for the answer.</summary>
    public async Task AskAsync(string question)
    {
        await page.GetByTestId("ask-open").ClickAsync();
        await Expect(page.GetByTestId("ask-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
        var box = MudControls.Input(page, "ask-question");
        await box.FillAsync(question);
        await page.GetByTestId("ask-button").ClickAsync();
        await Expect(Answer).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
