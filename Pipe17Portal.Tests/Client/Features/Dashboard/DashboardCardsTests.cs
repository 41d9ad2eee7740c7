using Bunit;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Dashboard;

namespace Pipe17Portal.Tests.Client.Features.Dashboard;

public class DashboardCardsTests : PortalComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StagesAreBarsScaledToTheImportedOrders()
    {
        var cut = Render<OrderStagesChart>(p => p.Add(c => c.Stages, new OrderStages(200, 150, 50, 10, 7, 3)));

        Assert.Equal(["Imported", "In Salesforce", "Shipped", "Tracking on TikTok Shop"], cut.FindAll("[data-testid=order-stage-label]").Select(e => e.TextContent));
        Assert.Equal(["200", "150", "50", "10"], cut.FindAll("[data-testid=order-stage-count]").Select(e => e.TextContent));
        Assert.Contains("(75 %)", cut.FindAll("[data-testid=order-stage]")[1].TextContent);
        Assert.Contains("(5 %)", cut.FindAll("[data-testid=order-stage]")[3].TextContent);
        Assert.Equal("7", cut.Find("[data-testid=orders-canceled]").TextContent);
        Assert.Contains("3 with open exceptions", cut.Find("[data-testid=orders-with-exceptions]").TextContent);
    }

    [Fact]
    public void NoOrdersYetDrawsEmptyBarsWithoutDividingByZero()
    {
        var cut = Render<OrderStagesChart>(p => p.Add(c => c.Stages, new OrderStages(0, 0, 0, 0, 0, 0)));

        Assert.All(cut.FindAll("[data-testid=order-stage]"), row => Assert.DoesNotContain("%", row.TextContent));
    }

    [Theory]
    [InlineData(true, 0, null, 0, "Up to date.")]
    [InlineData(true, 4, 90, 0, "4 SKU(s) waiting; the oldest change is 2 min old.")]
    [InlineData(true, 1, 5400, 1, "1 SKU(s) waiting; the oldest change is 1.5 h old.")]
    [InlineData(false, 4, 90, 0, "Push inventory is off")]
    public void FreshnessSaysHowOldTheOldestWaitingChangeIs(bool push, int waiting, int? ageSeconds, int failing, string expected)
    {
        var item = new InventoryFreshness(Guid.NewGuid(), "US shop", push, 10, waiting, ageSeconds is { } s ? Now.AddSeconds(-s) : null, Now.AddMinutes(-1), failing);

        var cut = Render<InventoryFreshnessCard>(p => p.Add(c => c.Items, [item]).Add(c => c.Now, Now));

        Assert.Contains(expected, cut.Find("[data-testid=inventory-freshness-state]").TextContent);
        Assert.Equal(failing > 0, cut.Find("[data-testid=inventory-freshness-row]").TextContent.Contains("refused by TikTok"));
    }
}
