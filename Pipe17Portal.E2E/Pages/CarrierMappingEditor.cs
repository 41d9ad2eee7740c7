using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>The carrier mapping on a TikTok connection's page.</summary>
public sealed class CarrierMappingEditor(IPage page)
{
    private ILocator Root => page.GetByTestId("carrier-mapping");

    public ILocator Rows => page.GetByTestId("carrier-row");

    /// <summary>Adds a row: the Salesforce carrier and the TikTok provider chosen by its name.</summary>
    public async Task AddRowAsync(string sfccCarrier, string provider)
    {
        await page.GetByTestId("carrier-add").ClickAsync();
        var row = Rows.Last;
        await row.Locator("input[data-testid='carrier-sfcc'], [data-testid='carrier-sfcc'] input").First.FillAsync(sfccCarrier);
        await MudControls.ChooseAsync(row.GetByRole(AriaRole.Combobox, new() { Name = "TikTok shipping provider" }), provider);
    }

    public Task SaveAsync() => Root.GetByTestId("carrier-save").ClickAsync();
}
