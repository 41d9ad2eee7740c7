using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>The Orders list.</summary>
public sealed class OrdersPage(IPage page)
{
    public ILocator OrderIds => page.GetByTestId("order-id");

    public ILocator Order(string sourceOrderId) => OrderIds.Filter(new() { HasText = sourceOrderId });

    public Task OpenAsync(string sourceOrderId) => Order(sourceOrderId).ClickAsync();
}
