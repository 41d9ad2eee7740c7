using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>One order: lines, totals, its way into Salesforce and its timeline.</summary>
public sealed class OrderDetailPage(IPage page)
{
    public ILocator Salesforce => page.GetByTestId("order-salesforce");

    public ILocator SfccOrderNo => Salesforce.GetByTestId("sfcc-push-order-no");

    public ILocator SfccStatus => Salesforce.GetByTestId("sfcc-push-status");

    public ILocator Timeline => page.GetByTestId("order-timeline");
}
