using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

public sealed class ApiKeysPage(IPage page)
{
    public async Task<string> CreateAsync(string name)
    {
        await page.GetByTestId("api-key-name").FillAsync(name);
        await page.GetByTestId("api-key-create").ClickAsync();
        var secret = page.GetByTestId("api-key-secret");
        await secret.WaitForAsync();
        return (await secret.TextContentAsync())!.Trim();
    }

    public ILocator Keys => page.GetByTestId("api-keys");
}
