using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

public sealed class SellerCenterPage(IPage page)
{
    public async Task PlaceOrdersAsync(int count)
    {
        await page.GetByTestId("sc-count").FillAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("sc-create").ClickAsync();
    }

    public ILocator OrderIds => page.GetByTestId("sc-order-id");
}
