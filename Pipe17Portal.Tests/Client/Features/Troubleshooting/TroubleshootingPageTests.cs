using Bunit;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Troubleshooting;
using Pipe17Portal.Client.Pages;
using Bunit.TestDoubles;

namespace Pipe17Portal.Tests.Client.Features.Troubleshooting;

public class TroubleshootingPageTests : PortalComponentTest
{
    private static readonly CheckInfo Scopes = new("sfcc.b2c-client", "B2C API client authenticates", CheckArea.SalesforceConnection, "sfcc-api-clients");
    private static readonly CheckInfo Site = new("sfcc.site", "Site exists", CheckArea.SalesforceConnection, "connect-salesforce");
    private static readonly CheckInfo Canceled = new("orders.canceled-status", "Cancellations are pushed", CheckArea.OrdersToSalesforce, "cancellations-not-propagating");
    private static readonly CheckInfo Exceptions = new("orders.open-exceptions", "No orders blocked", CheckArea.OrderHealth, "order-exceptions");

    private readonly FakeTroubleshootingApi api = new([Scopes, Site, Canceled, Exceptions]);

    /// <summary>The suite runs many tests in parallel; the renderer may get its turn late.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public TroubleshootingPageTests()
    {
        Services.AddSingleton<ITroubleshootingApi>(api);
        AddAuthorization().SetAuthorized("owner@acme.test");
    }

    [Fact]
    public async Task RunAllShowsProgressWhileChecksRunThenEachResultWithAreasOfFailuresFirst()
    {
        api.Next[Scopes.Key] = FakeTroubleshootingApi.Result(Scopes, CheckOutcome.Pass, "The token has every scope.");
        api.Next[Site.Key] = FakeTroubleshootingApi.Result(Site, CheckOutcome.Pass, "Site answers.");
        api.Next[Canceled.Key] = FakeTroubleshootingApi.Result(Canceled, CheckOutcome.Fail, "canceled is not in Order statuses to push.",
            new CheckFix("Add canceled to the statuses.", "integrations/x", new CheckAction("sfcc.add-canceled-status", Guid.NewGuid(), null, "Add canceled")));
        api.Next[Exceptions.Key] = FakeTroubleshootingApi.Result(Exceptions, CheckOutcome.Warn, "2 open exceptions.", new CheckFix("Open Exceptions.", "orders/exceptions"), "Unknown SKU: 2 orders");
        api.Hold = new TaskCompletionSource();
        var cut = Render<Pipe17Portal.Client.Pages.Troubleshooting>();
        Assert.Equal(["NotRun", "NotRun", "NotRun", "NotRun"], cut.FindAll("[data-testid=check]").Select(c => c.GetAttribute("data-outcome")));

        cut.Find("[data-testid=run-all-checks]").Click();

        Assert.Contains("0 of 4 done", cut.Find("[data-testid=checks-progress]").TextContent);
        Assert.Equal(4, api.Ran.Count);
        api.Hold.SetResult();
        await cut.WaitForAssertionAsync(() => Assert.Empty(cut.FindAll("[data-testid=checks-progress]")), Patience);
        Assert.Equal(["Orders to Salesforce", "Order health", "Salesforce connection"], cut.FindAll("[data-testid=check-area]").Select(a => a.TextContent));
        Assert.Equal(["orders.canceled-status", "orders.open-exceptions", "sfcc.b2c-client", "sfcc.site"], cut.FindAll("[data-testid=check]").Select(c => c.GetAttribute("data-check")));
        Assert.Contains("1 failed", cut.Find("[data-testid=count-failed]").TextContent);
        Assert.Contains("1 warning", cut.Find("[data-testid=count-warned]").TextContent);
        Assert.Contains("2 passed", cut.Find("[data-testid=count-passed]").TextContent);
    }

    [Fact]
    public async Task AFailedCheckShowsItsEvidenceFixLinkAndArticleAndItsOneClickFixRunsTheCheckAgain()
    {
        var action = new CheckAction("sfcc.add-canceled-status", Guid.NewGuid(), null, "Add canceled");
        api.Latest[Canceled.Key] = FakeTroubleshootingApi.Result(Canceled, CheckOutcome.Fail, "canceled is not in Order statuses to push.",
            new CheckFix("Add canceled to the statuses.", "integrations/abc#sync", action), "Statuses: readyForFulfillment");
        api.Next[Canceled.Key] = FakeTroubleshootingApi.Result(Canceled, CheckOutcome.Pass, "canceled is pushed.");
        var cut = Render<Pipe17Portal.Client.Pages.Troubleshooting>();
        var card = cut.Find("[data-check='orders.canceled-status']");
        Assert.Equal("Fail", card.GetAttribute("data-outcome"));
        Assert.Equal("Statuses: readyForFulfillment", card.QuerySelector("[data-testid=check-evidence]")!.TextContent.Trim());
        Assert.Equal("integrations/abc#sync", card.QuerySelector("[data-testid=check-fix-link]")!.GetAttribute("href"));
        Assert.Equal("help/cancellations-not-propagating", card.QuerySelector("[data-testid=check-help]")!.GetAttribute("href"));

        cut.Find("[data-check='orders.canceled-status'] [data-testid=check-fix-action]").Click();

        Assert.Equal([action], api.Applied);
        await cut.WaitForAssertionAsync(() => Assert.Equal("Pass", cut.Find("[data-check='orders.canceled-status']").GetAttribute("data-outcome")), Patience);
        Assert.Equal(["orders.canceled-status"], api.Ran);
        Assert.Empty(cut.FindAll("[data-check='orders.canceled-status'] [data-testid=check-fix]"));
    }

    [Fact]
    public async Task RerunningOneCheckRunsOnlyThatCheck()
    {
        api.Next[Site.Key] = FakeTroubleshootingApi.Result(Site, CheckOutcome.Fail, "Site 'RefArch' does not exist.", new CheckFix("Check the Site ID."));
        var cut = Render<Pipe17Portal.Client.Pages.Troubleshooting>();

        cut.Find("[data-check='sfcc.site'] [data-testid=check-rerun]").Click();

        await cut.WaitForAssertionAsync(() => Assert.Equal("Fail", cut.Find("[data-check='sfcc.site']").GetAttribute("data-outcome")), Patience);
        Assert.Equal(["sfcc.site"], api.Ran);
        Assert.Contains("does not exist", cut.Find("[data-check='sfcc.site'] [data-testid=check-summary]").TextContent);
    }
}

public class CheckSummaryCardTests : PortalComponentTest
{
    private static readonly CheckInfo Site = new("sfcc.site", "Site exists", CheckArea.SalesforceConnection, "connect-salesforce");

    [Fact]
    public void NeverRunSaysSo()
    {
        var cut = Render<CheckSummaryCard>(p => p.Add(c => c.Summary, new CheckSummaryInfo(0, 0, 0, 0, null, [])));

        Assert.Contains("have not run yet", cut.Find("[data-testid=checks-never-run]").TextContent);
    }

    [Fact]
    public void ProblemsLinkToTheirCheckOnTheTroubleshootingPage()
    {
        var problem = FakeTroubleshootingApi.Result(Site, CheckOutcome.Fail, "Site 'RefArch' does not exist.");
        var cut = Render<CheckSummaryCard>(p => p.Add(c => c.Summary, new CheckSummaryInfo(7, 0, 1, 0, problem.CheckedAt, [problem])));

        Assert.Contains("1 failed", cut.Find("[data-testid=summary-failed]").TextContent);
        var link = cut.Find("[data-testid=summary-problem]");
        Assert.Contains("Site exists", link.TextContent);
        Assert.Contains("troubleshooting#sfcc.site", cut.Markup);
    }
}
