using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>A product page's Inventory panel: stock per Salesforce location and, per channel, what was computed and last sent.</summary>
public sealed class ProductInventory(ILocator scope)
{
    /// <summary>The Inventory panel of the variant with this SKU on its master's page.</summary>
    public static ProductInventory OfVariant(IPage page, string sku) =>
        new(page.GetByTestId("variant")
            .Filter(new() { Has = page.GetByTestId("variant-sku").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(sku)}$") }) })
            .GetByTestId("product-inventory"));

    /// <summary>The Available cell of a location's row (location ids end in "-warehouse" or "-store" in the sandbox).</summary>
    public ILocator Available(string locationSuffix) =>
        Levels.Filter(new() { HasText = locationSuffix }).Locator("td").Nth(1);

    public ILocator Levels => scope.GetByTestId("product-inventory-level");

    /// <summary>"N at time" once the channel accepted a quantity, "never" before.</summary>
    public ILocator Pushed(string connectionName) =>
        scope.GetByTestId("product-inventory-channel").Filter(new() { HasText = connectionName }).GetByTestId("product-inventory-pushed");
}
