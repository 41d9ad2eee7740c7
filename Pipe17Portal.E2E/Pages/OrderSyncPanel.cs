using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>The "Orders to Salesforce" panel on a Salesforce connection's page.</summary>
public sealed class OrderSyncPanel(IPage page)
{
    private ILocator Panel => page.GetByTestId("order-sync");

    /// <summary>The customer matching strategy select (its value is the strategy's title).</summary>
    public ILocator Strategy => Panel.GetByRole(AriaRole.Combobox, new() { Name = "Customer matching strategy" });

    public ILocator GenericCustomer => MudControls.Input(page, "sync-generic-customer");

    public ILocator PushOrders => MudControls.Input(page, "sync-push-orders");

    public ILocator CancelWarning => page.GetByTestId("sync-cancel-warning");

    public ILocator StrategyWarning => page.GetByTestId("sync-strategy-warning");

    public ILocator ServerWarnings => page.GetByTestId("sync-server-warning");

    public Task SetGenericCustomerAsync(string customerNo) => GenericCustomer.FillAsync(customerNo);

    public Task SetPushOrdersAsync(bool on) => PushOrders.SetCheckedAsync(on);

    public Task SaveAsync() => page.GetByTestId("sync-save").ClickAsync();

    public Task EditMappingAsync() => page.GetByTestId("sync-edit-mapping").ClickAsync();

    public async Task<TestOrderDialog> OpenTestOrderAsync()
    {
        await page.GetByTestId("sync-test-order").ClickAsync();
        var dialog = new TestOrderDialog(page);
        await dialog.Root.WaitForAsync();
        return dialog;
    }
}
