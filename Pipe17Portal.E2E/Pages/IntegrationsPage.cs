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
}
