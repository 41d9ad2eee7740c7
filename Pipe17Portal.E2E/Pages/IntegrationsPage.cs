using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

public sealed class IntegrationsPage(IPage page)
{
    public async Task AddConnectionAsync(string connector, string? name = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add {connector}" }).ClickAsync();
        if (name is not null)
        {
            await page.GetByTestId("name-input").FillAsync(name);
        }
        await page.GetByTestId("name-save").ClickAsync();
    }

    public ILocator ConnectionNames => page.GetByTestId("connection-name");

    /// <summary>The row of a flow in the Flows table, by its name (e.g. "Orders from TikTok Shop").</summary>
    public ILocator FlowRow(string name) => page.GetByTestId("flows").Locator("tr").Filter(new() { Has = page.GetByTestId("flow-name").GetByText(name, new() { Exact = true }) });

    public Task RunNowAsync(string flow) => FlowRow(flow).GetByTestId("flow-run-now").ClickAsync();
}
