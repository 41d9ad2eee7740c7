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

    /// <summary>Opens the panel, types the question, asks, and waits for the answer.</summary>
    public async Task AskAsync(string question)
    {
        if (!await page.GetByTestId("ask-question").IsVisibleAsync())
        {
            await page.GetByTestId("ask-open").ClickAsync();
        }
        var box = MudControls.Input(page, "ask-question");
        await box.FillAsync(question);
        await page.GetByTestId("ask-button").ClickAsync();
        await Expect(Answer).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
