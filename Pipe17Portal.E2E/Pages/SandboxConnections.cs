using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E.Pages;

/// <summary>
/// Adds a connection on the Integrations page and connects it to its sandbox the way a merchant does (Use sandbox, and for
/// TikTok the consent page), leaving the browser on the connected connection's page.
/// </summary>
public sealed class SandboxConnections(IPage page, PortalShell shell)
{
    public async Task<TikTokConnectionPage> ConnectTikTokShopAsync(string name)
    {
        await AddAndOpenAsync("TikTok Shop", name);
        var tiktok = new TikTokConnectionPage(page);
        await tiktok.UseSandboxAsync();
        await tiktok.AuthorizeAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/integrations/[0-9a-f-]+\\?connected="));
        await shell.WaitUntilInteractiveAsync();
        await Expect(tiktok.StatusMessage).ToContainTextAsync("Connected —");
        return tiktok;
    }

    public async Task<SfccConnectionPage> ConnectSalesforceAsync(string name)
    {
        await AddAndOpenAsync("Salesforce Commerce Cloud", name);
        var sfcc = new SfccConnectionPage(page);
        await sfcc.UseSandboxAsync();
        await Expect(sfcc.StatusMessage).ToContainTextAsync("Connected —", new() { Timeout = 20_000 });
        return sfcc;
    }

    /// <summary>Opens a connection's page from the Integrations page.</summary>
    public async Task OpenAsync(string name)
    {
        await shell.NavigateAsync("Integrations");
        await OpenListedAsync(name);
    }

    private async Task AddAndOpenAsync(string connector, string name)
    {
        await shell.NavigateAsync("Integrations");
        await new IntegrationsPage(page).AddConnectionAsync(connector, name);
        await shell.ReadMessageAsync($"Added '{name}'.");
        await OpenListedAsync(name);
    }

    private async Task OpenListedAsync(string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
    }
}
