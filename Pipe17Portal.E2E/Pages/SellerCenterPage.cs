using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

public sealed class SellerCenterPage(IPage page)
{
    public async Task PlaceOrdersAsync(int count)
    {
        await page.GetByTestId("sc-count").FillAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("sc-create").ClickAsync();
    }

    /// <summary>Places paid orders with the buyer's delivery option and, when given, these SKUs ("SKU x2, SKU").</summary>
    public async Task PlaceOrdersAsync(int count, string deliveryOption, string? skus = null)
    {
        await MudControls.ChooseAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Delivery option" }), deliveryOption);
        await page.GetByLabel("SKUs (optional)").FillAsync(skus ?? "");
        await PlaceOrdersAsync(count);
    }

    /// <summary>Cancels an order as its buyer would.</summary>
    public Task CancelAsBuyerAsync(string orderId) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Cancel order {orderId} as the buyer" }).ClickAsync();

    public ILocator OrderIds => page.GetByTestId("sc-order-id");

    public ILocator Status(string orderId) =>
        page.GetByTestId("sc-orders").Locator("tbody tr").Filter(new() { Has = OrderIds.Filter(new() { HasText = orderId }) }).GetByTestId("sc-order-status");

    /// <summary>Opens the Inventory tab (TikTok's stock per SKU and warehouse) and narrows it to one SKU.</summary>
    public async Task ShowInventoryAsync(string sku)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Inventory" }).ClickAsync();
        var search = page.GetByPlaceholder("Search SKU");
        await search.FillAsync(sku);
        await search.PressAsync("Tab");
    }

    /// <summary>The Quantity cells of a SKU's rows on the Inventory tab (one per TikTok warehouse).</summary>
    public ILocator InventoryQuantities(string sku) =>
        page.Locator("tr").Filter(new() { Has = page.Locator("code").Filter(new() { HasTextRegex = new Regex($"^\"?{Regex.Escape(sku)}\"?$") }) }).Locator("td").Nth(2);
}
