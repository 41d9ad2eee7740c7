using Bunit;
using Pipe17Portal.Client.Features.Products;

namespace Pipe17Portal.Tests.Client.Features.Products;

public class RemovedChipTests : PortalComponentTest
{
    [Fact]
    public void ARemovedProductShowsTheDayItLeftSalesforce()
    {
        var cut = Render<RemovedChip>(p => p.Add(c => c.RemovedAt, new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.FromHours(-2))));

        Assert.Equal("Removed from Salesforce 2026-03-05", cut.Find("[data-testid=product-removed]").TextContent.Trim());
    }

    [Fact]
    public void AProductStillInSalesforceShowsNothing()
    {
        var cut = Render<RemovedChip>(p => p.Add(c => c.RemovedAt, null));

        Assert.Empty(cut.FindAll("[data-testid=product-removed]"));
    }
}
