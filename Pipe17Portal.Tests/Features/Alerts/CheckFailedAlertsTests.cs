using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Tests.Features.Alerts;

/// <summary>Only a scheduled run in which a check turns to fail raises; any run in which it stops failing resolves.</summary>
public class CheckFailedAlertsTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task OnlyAScheduledTransitionToFailRaisesAndPassingAgainResolves()
    {
        var owner = await factory.CreateWorkspaceAsync();

        await TellAsync(owner.WorkspaceId, scheduled: false, Result("sfcc.site", CheckOutcome.Fail), previous: CheckOutcome.Pass);
        await TellAsync(owner.WorkspaceId, scheduled: true, Result("sfcc.site", CheckOutcome.Warn), previous: CheckOutcome.Pass);
        await TellAsync(owner.WorkspaceId, scheduled: true, Result("sfcc.site", CheckOutcome.Fail), previous: CheckOutcome.Fail);
        Assert.Empty(await factory.NotificationsAsync(owner.WorkspaceId));

        await TellAsync(owner.WorkspaceId, scheduled: true, Result("sfcc.site", CheckOutcome.Fail), previous: CheckOutcome.Pass);
        var raised = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(NotificationKind.CheckFailed, raised.Kind);
        Assert.Equal("Check failed: Site exists", raised.Title);
        Assert.Equal("The site RefArch was not found. Correct the Site ID.", raised.Message);
        Assert.Equal("integrations/abc#site", raised.Link);

        await TellAsync(owner.WorkspaceId, scheduled: false, Result("sfcc.site", CheckOutcome.Pass), previous: CheckOutcome.Fail);
        Assert.NotNull(Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId)).ResolvedAt);

        await TellAsync(owner.WorkspaceId, scheduled: true, Result("sfcc.site", CheckOutcome.Fail), previous: null);
        var again = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(2, again.Count);
        Assert.Null(again.ResolvedAt);
    }

    [Fact]
    public async Task TheCheckRunnerTellsTheListenerAfterAScheduledRun()
    {
        var owner = await factory.CreateWorkspaceAsync();
        await factory.InWorkspaceAsync(owner.WorkspaceId, async (db, _) =>
        {
            var connection = new Pipe17Portal.Sync.Connection { WorkspaceId = owner.WorkspaceId, Kind = ConnectorKind.TikTokShop, DisplayName = "TikTok" };
            db.Connections.Add(connection);
            var order = new Order
            {
                WorkspaceId = owner.WorkspaceId, SourceConnectionId = connection.Id, SourceOrderId = "TT-1", SourceStatus = "AWAITING_SHIPMENT",
                Status = OrderStatus.ReadyForFulfillment, Currency = "USD", SourcePayload = "{}",
            };
            db.Orders.Add(order);
            db.OrderExceptions.Add(new OrderException
            {
                WorkspaceId = owner.WorkspaceId, OrderId = order.Id, ConnectionId = connection.Id, Type = OrderExceptionType.UnknownSku, Message = "m", Cause = "c", Fix = "f",
            });
            return await db.SaveChangesAsync();
        });

        await factory.Services.GetRequiredService<CheckRunner>().RunAsync(owner.WorkspaceId, ["orders.open-exceptions"], scheduled: true, CancellationToken.None);

        var raised = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(AlertSignal.FoldKeyOf(NotificationKind.CheckFailed, "orders.open-exceptions"), raised.FoldKey);
        Assert.Equal("orders/exceptions", raised.Link);
    }

    private Task TellAsync(Guid workspaceId, bool scheduled, CheckResultInfo result, CheckOutcome? previous) =>
        factory.InWorkspaceAsync(workspaceId, async (_, s) =>
        {
            foreach (var listener in s.GetServices<ICheckResultsListener>())
            {
                await listener.OnResultsAsync(workspaceId, scheduled, [new CheckTransition(result, previous)], CancellationToken.None);
            }
            return 0;
        });

    private static CheckResultInfo Result(string key, CheckOutcome outcome) => new(key, "Site exists", CheckArea.SalesforceConnection, outcome,
        outcome == CheckOutcome.Fail ? "The site RefArch was not found." : "The site exists.", [],
        outcome == CheckOutcome.Fail ? new CheckFix("Correct the Site ID.", "integrations/abc#site") : null, "connect-salesforce", DateTimeOffset.UtcNow, 5);
}
