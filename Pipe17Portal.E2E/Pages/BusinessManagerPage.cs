using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>Sandbox → Business Manager: the sandbox Salesforce instance as a merchant's admin sees it.</summary>
public sealed class BusinessManagerPage(IPage page)
{
    public ILocator PaymentMethodRows => page.GetByTestId("bm-payment-method-row");

    public ILocator CustomerRows => page.GetByTestId("bm-customer-row");

    /// <summary>An Account Manager API client's card: kind is b2c, shop or ocapi.</summary>
    public ILocator Client(string kind) => page.GetByTestId("bm-client").Filter(new() { HasText = $"{kind} · " });

    /// <summary>Removes a scope from a client's allowed scopes (the chip's close button).</summary>
    public async Task RemoveScopeAsync(string kind, string scope)
    {
        var chip = Client(kind).GetByTestId("bm-scope").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(scope)}$") });
        await chip.Locator(".mud-chip-close-button").ClickAsync();
    }

    /// <summary>Rows of the Orders table (absent while the instance has no order).</summary>
    public ILocator OrderRows => page.GetByTestId("bm-orders").Locator("tbody tr");

    public async Task CreatePaymentMethodAsync(string id)
    {
        await page.GetByTestId("bm-payment-method").FillAsync(id);
        await page.GetByTestId("bm-payment-create").ClickAsync();
    }

    /// <summary>Creates a customer with just an email and returns the customer number Salesforce gave it.</summary>
    public async Task<string> CreateCustomerAsync(string email)
    {
        await page.GetByTestId("bm-customer-email").FillAsync(email);
        await page.GetByTestId("bm-customer-create").ClickAsync();
        var row = CustomerRows.Filter(new() { HasText = email });
        await row.WaitForAsync();
        return (await row.Locator("td").First.TextContentAsync())!.Trim();
    }

    public ILocator Order(string orderNo) => OrderRows.Filter(new() { HasText = orderNo });

    // Columns: Order, Status, Shipping, Customer, Shipping method, Payment, Total, Tracking.
    public ILocator OrderStatus(string orderNo) => Order(orderNo).Locator("td").Nth(1);

    public ILocator OrderCustomer(string orderNo) => Order(orderNo).Locator("td").Nth(3);

    public ILocator OrderShippingMethod(string orderNo) => Order(orderNo).Locator("td").Nth(4);

    public ILocator OrderPaymentMethod(string orderNo) => Order(orderNo).Locator("td").Nth(5);

    public ILocator OrderTracking(string orderNo) => Order(orderNo).Locator("td").Nth(7);

    /// <summary>Opens the Ship dialog of an order, keeps its carrier and generated tracking number, ships every line; returns the tracking number.</summary>
    public async Task<string> ShipAllAsync(string orderNo, string carrier)
    {
        await Order(orderNo).GetByTestId("bm-ship").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await MudControls.ChooseAsync(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Carrier" }), carrier);
        var tracking = await MudControls.Input(page, "bm-ship-tracking").InputValueAsync();
        await page.GetByTestId("bm-ship-confirm").ClickAsync();
        return tracking;
    }

    /// <summary>The Stock form: a SKU's quantity at the location whose name contains <paramref name="location"/> (e.g. "-warehouse").</summary>
    public async Task SetStockAsync(string sku, string location, int quantity)
    {
        await MudControls.Input(page, "bm-stock-sku").FillAsync(sku);
        await MudControls.ChooseAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Location" }), location);
        await MudControls.Input(page, "bm-stock-quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("bm-stock-set").ClickAsync();
    }
}
