using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

public class TikTokJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task AMerchantConnectsASandboxShopAndSeesItsOrdersArrive()
    {
        var page = await server.NewPageAsync();
        var shell = new PortalShell(page);
        await new AccountPages(page).RegisterAsync("Harbor Goods", $"tiktok-{Guid.NewGuid():N}@example.com", "Journey-Pass1");
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");

        // Add the connection, fill it from the sandbox and connect through the consent page.
        await shell.NavigateAsync("Integrations");
        await new IntegrationsPage(page).AddConnectionAsync("TikTok Shop", "Harbor US");
        await page.GetByRole(AriaRole.Link, new() { Name = "Harbor US" }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        var connection = new TikTokConnectionPage(page);
        await connection.UseSandboxAsync(); // fills the sandbox credentials and goes straight to the consent page
        await Expect(page).ToHaveURLAsync(new Regex("/sandbox/tiktok/services/open/authorize"));
        await connection.AuthorizeAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/integrations/[0-9a-f-]+\\?connected="));
        await shell.WaitUntilInteractiveAsync();
        await Expect(connection.StatusMessage).ToContainTextAsync("Connected —");

        // Place orders as buyers in the Sandbox Seller Center; the webhook brings them to the portal.
        await shell.NavigateAsync("Seller Center");
        var sellerCenter = new SellerCenterPage(page);
        await sellerCenter.PlaceOrdersAsync(3);
        await Expect(sellerCenter.OrderIds).ToHaveCountAsync(3);
        var firstOrder = (await sellerCenter.OrderIds.First.TextContentAsync())!.Trim();

        await shell.NavigateAsync("Orders");
        var orderRows = page.GetByTestId("order-id");
        for (var attempt = 0; attempt < 20 && await orderRows.CountAsync() < 3; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
            await shell.WaitUntilInteractiveAsync();
        }
        await Expect(orderRows).ToHaveCountAsync(3);

        // Open one and look at its timeline.
        await page.GetByTestId("order-id").Filter(new() { HasText = firstOrder }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync($"Order {firstOrder}");
        await Expect(page.GetByTestId("order-timeline")).ToContainTextAsync("Imported from TikTok Shop");
        await Expect(page.GetByTestId("order-lines")).ToContainTextAsync("-");

        // The Integrations page shows the pull with its runs, and Run now starts it at once.
        await shell.NavigateAsync("Integrations");
        var integrations = new IntegrationsPage(page);
        var pull = integrations.FlowRow("Orders from TikTok Shop");
        await Expect(pull.GetByTestId("flow-state")).ToContainTextAsync("On");
        await Expect(pull.GetByTestId("flow-last-run")).Not.ToContainTextAsync("never");
        await integrations.RunNowAsync("Orders from TikTok Shop");
        await Expect(page.GetByText("Orders from TikTok Shop is running now")).ToBeVisibleAsync();
    }
}
