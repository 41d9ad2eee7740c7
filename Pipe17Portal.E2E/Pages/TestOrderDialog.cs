using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>Test one order: pick an order, dry run it or push it, read the checklist.</summary>
public sealed class TestOrderDialog(IPage page)
{
    public ILocator Root => page.GetByTestId("test-order-dialog");

    public ILocator Checks => Root.GetByTestId("test-order-check");

    public ILocator FailedChecks => Root.Locator("[data-testid='test-order-check'][data-outcome='Fail']");

    public ILocator Outcome => Root.GetByTestId("test-order-outcome");

    public ILocator SfccOrderNo => Root.GetByTestId("test-order-sfcc-no");

    public ILocator Error => Root.GetByTestId("test-order-error");

    /// <summary>The checklist row with this name; its <c>data-outcome</c> is Pass, Warn or Fail.</summary>
    public ILocator Check(string name) =>
        Checks.Filter(new() { Has = page.GetByTestId("test-order-check-name").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });

    /// <summary>Types the TikTok order id into the order picker and chooses the matching order.</summary>
    public async Task PickOrderAsync(string sourceOrderId)
    {
        await MudControls.Input(page, "test-order-order").FillAsync(sourceOrderId);
        await page.GetByTestId("test-order-order-option").Filter(new() { HasText = sourceOrderId }).ClickAsync();
    }

    public async Task DryRunAsync()
    {
        await Root.GetByTestId("test-order-dry-run").ClickAsync();
        await Outcome.WaitForAsync(new() { Timeout = 30_000 });
    }

    /// <summary>Push this order, and confirm that a real order may be written to Salesforce.</summary>
    public async Task PushAsync()
    {
        await Root.GetByTestId("test-order-push").ClickAsync();
        await Root.GetByTestId("test-order-push-confirm").ClickAsync();
        await Outcome.Filter(new() { HasNotText = "Dry run" }).WaitForAsync(new() { Timeout = 30_000 });
    }

    // The actions sit outside the dialog body that carries the test id.
    public Task CloseAsync() => page.GetByTestId("test-order-close").ClickAsync();
}
