using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E.Pages;

/// <summary>
/// MudBlazor inputs put a component's <c>data-testid</c> on the native input (text fields, switches, selects' comboboxes);
/// these helpers find the element a person would use.
/// </summary>
public static class MudControls
{
    /// <summary>The native input of a MudTextField, MudNumericField, MudAutocomplete or MudSwitch with that test id.</summary>
    public static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    /// <summary>
    /// Opens a MudSelect (its combobox) and chooses the option with that text in the list this select controls (the list
    /// of the previous select may still be closing, so an option is never looked up page-wide).
    /// </summary>
    /// <remarks>
    /// The option gets a dispatched click, not a mouse click at coordinates: while a list that opens low on the page is
    /// being placed, MudBlazor scrolls the page and moves the list after the scroll event, so a machine-speed mouse down
    /// on the option and the mouse up land on different elements and the choice is silently lost (a person, slower, does
    /// not see this). The list must still be open and show the option, and it must close with the choice made.
    /// </remarks>
    public static async Task ChooseAsync(ILocator combobox, string optionText)
    {
        await combobox.ClickAsync();
        await Expect(combobox).ToHaveAttributeAsync("aria-expanded", "true");
        var list = await combobox.GetAttributeAsync("aria-controls");
        var option = combobox.Page.Locator($"[id='{list}']").GetByRole(AriaRole.Option).Filter(new() { HasText = optionText });
        await Expect(option).ToBeVisibleAsync();
        await option.DispatchEventAsync("click");
        await Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
    }
}
