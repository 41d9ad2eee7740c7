using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

/// <summary>
/// Inventory to TikTok Shop: a merchant connects both sandboxes (inventory pull and push on by default), a SKU seeded on both
/// sides gets the portal's quantity on TikTok, the warehouse's stock changes in the Sandbox Business Manager, and the Sandbox
/// Seller Center shows the new quantity; the product page shows the stock per location and what TikTok was last sent.
/// </summary>
public class InventoryJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    /// <summary>Seeded in the Salesforce catalog and, with the same seller SKU, in one TikTok warehouse.</summary>
    private const string Sku = "TEE-VNECK-NVY-M";
    private static readonly TimeSpan FirstSync = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ChangeTime = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AStockChangeInTheSandboxBusinessManagerReachesTheSandboxSellerCenter()
    {
        var page = await server.NewPageAsync();
        var shell = new PortalShell(page);
        await new AccountPages(page).RegisterAsync("Juniper Goods", $"inventory-{Guid.NewGuid():N}@example.com", "Journey-Pass1");
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");

        // 1. The sandbox TikTok shop: Push inventory is on.
        var sandboxes = new SandboxConnections(page, shell);
        await sandboxes.ConnectTikTokShopAsync("Juniper US");
        await Expect(MudControls.Input(page, "tiktok-push-inventory")).ToBeCheckedAsync();

        // 2. The sandbox Salesforce instance: Pull inventory is on; the one-shot forced resync is offered (and off: the first read is full anyway).
        await sandboxes.ConnectSalesforceAsync("Juniper SFCC");
        await Expect(MudControls.Input(page, "sfcc-pull-inventory")).ToBeCheckedAsync();
        await Expect(MudControls.Input(page, "sfcc-force-inventory-resync")).Not.ToBeCheckedAsync();

        // 3. The catalog and the stock arrive; the SKU's quantity is sent to TikTok and the Seller Center shows it.
        await shell.NavigateAsync("Products");
        var productLinks = page.GetByTestId("product-sku").Filter(new() { HasText = "TEE-VNECK" });
        await shell.ReloadUntilAsync(() => Expect(productLinks).ToBeVisibleAsync(), FirstSync);
        await productLinks.ClickAsync();
        // The click navigates client-side: wait for the product's own address, or the list's is taken for it (it was, once).
        // A polling assertion, since a history push fires no load event for WaitForURL to wait for (that timed out).
        await Expect(page).ToHaveURLAsync(new Regex("/products/[^/?#]+$"), new() { Timeout = 20_000 });
        await shell.WaitUntilInteractiveAsync();
        var productUrl = page.Url;
        var inventory = ProductInventory.OfVariant(page, Sku);
        await shell.ReloadUntilAsync(() => Expect(inventory.Pushed("Juniper US")).ToHaveTextAsync(new Regex("^\\d+ at ")), FirstSync);
        var store = await IntOf(inventory.Available("-store"));
        var first = await IntOf(inventory.Pushed("Juniper US"));
        Assert.Equal(await IntOf(inventory.Available("-warehouse")) + store, first);

        await shell.NavigateAsync("Seller Center");
        var sellerCenter = new SellerCenterPage(page);
        await sellerCenter.ShowInventoryAsync(Sku);
        await Expect(sellerCenter.InventoryQuantities(Sku)).ToHaveTextAsync(first.ToString(CultureInfo.InvariantCulture));

        // 4. The warehouse's stock changes in the Business Manager; TikTok follows within seconds.
        const int warehouse = 437;
        await shell.NavigateAsync("Business Manager");
        await new BusinessManagerPage(page).SetStockAsync(Sku, "-warehouse", warehouse);
        await shell.ReadMessageAsync($"Stock of {Sku} at ");
        var expected = (warehouse + store).ToString(CultureInfo.InvariantCulture);
        await shell.NavigateAsync("Seller Center");
        await shell.ReloadUntilAsync(async () =>
        {
            await sellerCenter.ShowInventoryAsync(Sku);
            await Expect(sellerCenter.InventoryQuantities(Sku)).ToHaveTextAsync(expected, new() { Timeout = 2_000 });
        }, ChangeTime);

        // 5. The product page shows the new stock per location and the quantity TikTok was sent.
        await page.GotoAsync(productUrl);
        await shell.WaitUntilInteractiveAsync();
        // The variant's panel loads its figures once the page is interactive; on a busy machine (the whole suite running)
        // that has taken longer than 15 s, so the page is reloaded until it shows them.
        var loaded = new LocatorAssertionsToHaveTextOptions { Timeout = 10_000 };
        await shell.ReloadUntilAsync(async () =>
        {
            await Expect(inventory.Available("-warehouse")).ToHaveTextAsync(warehouse.ToString(CultureInfo.InvariantCulture), loaded);
            await Expect(inventory.Available("-store")).ToHaveTextAsync(store.ToString(CultureInfo.InvariantCulture), loaded);
            await Expect(inventory.Pushed("Juniper US")).ToHaveTextAsync(new Regex($"^{expected} at "), loaded);
        }, TimeSpan.FromSeconds(60));
    }

    private static async Task<int> IntOf(ILocator cell) =>
        int.Parse(Regex.Match((await cell.TextContentAsync())!, "\\d+").Value, CultureInfo.InvariantCulture);
}
