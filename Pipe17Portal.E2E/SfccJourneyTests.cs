using Microsoft.Playwright;
using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

public class SfccJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task AMerchantConnectsASandboxInstanceFixesAScopeAndMapsAChannelSku()
    {
        var page = await server.NewPageAsync();
        var shell = new PortalShell(page);
        await new AccountPages(page).RegisterAsync("Cedar Supply", $"sfcc-{Guid.NewGuid():N}@example.com", "Journey-Pass1");
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");

        // Connect a sandbox instance: every check passes.
        await shell.NavigateAsync("Integrations");
        await new IntegrationsPage(page).AddConnectionAsync("Salesforce Commerce Cloud", "Cedar SFCC");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cedar SFCC" }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        var sfcc = new SfccConnectionPage(page);
        await sfcc.UseSandboxAsync();
        await Expect(sfcc.StatusMessage).ToContainTextAsync("Connected —", new() { Timeout = 15_000 });
        await Expect(sfcc.Checks).ToHaveCountAsync(7);

        // Remove a scope in the Sandbox Business Manager, reconnect: the failing check names it.
        await shell.NavigateAsync("Business Manager");
        var bm = new BusinessManagerPage(page);
        await bm.RemoveScopeAsync("b2c", "sfcc.products.rw");
        await Expect(bm.Client("b2c").GetByTestId("bm-scope").Filter(new() { HasText = "sfcc.products" })).ToHaveCountAsync(0);
        await shell.NavigateAsync("Integrations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cedar SFCC" }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        await sfcc.ConnectAsync();
        await Expect(sfcc.StatusMessage).ToContainTextAsync("sfcc.products", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("sfcc-check-fix").First).ToContainTextAsync("Allowed Scopes");

        // Put the scope back and connect again: the catalog is pulled.
        await shell.NavigateAsync("Business Manager");
        var b2c = bm.Client("b2c");
        await b2c.GetByPlaceholder("Add a scope, e.g. sfcc.products").FillAsync("sfcc.products.rw");
        await b2c.GetByRole(AriaRole.Button, new() { Name = "Add scope" }).ClickAsync();
        await Expect(b2c.GetByTestId("bm-scope").Filter(new() { HasText = "sfcc.products.rw" })).ToHaveCountAsync(1);
        await shell.NavigateAsync("Integrations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cedar SFCC" }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        await sfcc.ConnectAsync();
        await Expect(sfcc.StatusMessage).ToContainTextAsync("Connected —", new() { Timeout = 15_000 });

        await shell.NavigateAsync("Products");
        var rows = page.GetByTestId("product-sku");
        for (var attempt = 0; attempt < 20 && await rows.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
            await shell.WaitUntilInteractiveAsync();
        }
        await Expect(rows.First).ToBeVisibleAsync();

        // Open a master, set a Channel SKU on its first variant.
        await rows.First.ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        var variant = page.GetByTestId("variant").First;
        await variant.GetByTestId("channel-sku-input").FillAsync("SF-CUSTOM-1");
        await variant.GetByTestId("channel-sku-save").ClickAsync();
        await Expect(page.GetByText("Channel SKU saved.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("variant").First.GetByTestId("channel-sku-input")).ToHaveValueAsync("SF-CUSTOM-1");
    }
}
