using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.OrderPush;

namespace Pipe17Portal.Tests.Client.Features.OrderPush;

public class TestOrderDialogTests : PortalComponentTest
{
    private static readonly OrderSummary Order = new(Guid.NewGuid(), "576000000000000042", Guid.NewGuid(), "TikTok US", OrderStatus.ReadyForFulfillment,
        "AWAITING_SHIPMENT", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 2, 30m, "USD", "Standard shipping");

    private readonly FakeOrderPushApi api = new();
    private readonly FakeConnectionsApi connections = new();
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private async Task OpenAsync(Guid? connectionId, OrderSummary? order, bool sandbox = false, params OrderSummary[] orders)
    {
        Services.AddSingleton<IOrderPushApi>(api);
        Services.AddSingleton<IConnectionsApi>(connections);
        Services.AddSingleton<IOrdersApi>(new FakeOrdersApi(orders));
        Services.AddSingleton<ISfccConnectionApi>(new FakeSfccConnectionApi(sandbox));
        Services.AddSingleton<ISellerCenterApi>(sellerCenter);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        await dialogs.InvokeAsync(() => TestOrderDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), connectionId, order, sandbox));
    }

    private readonly FakeSellerCenterApi sellerCenter = new(hasShop: true);

    [Fact]
    public async Task ADryRunShowsEveryCheckAndHowToFixTheFailedOnes()
    {
        var sfcc = Guid.NewGuid();
        api.TestResult = (mode, request) => new TestOrderResult(mode, request.OrderId, Order.SourceOrderId, null, "{\"customer_info\":{}}", null,
        [
            new TestOrderCheck("Customer", CheckOutcome.Pass, "Generic customer 00001234 exists.", null, null),
            new TestOrderCheck("Shipping method", CheckOutcome.Fail, "'Standard shipping' has no Salesforce shipping method.", "Map it in Orders to Salesforce mapping.",
                $"/integrations/{sfcc}/mapping?field=shipments%5B0%5D.shipping_method.id"),
            new TestOrderCheck("Payment method", CheckOutcome.Warn, "TTS is not active on the site.", "Activate TTS in Business Manager.", null),
        ], false);
        await OpenAsync(sfcc, Order);

        Assert.Equal(Order.SourceOrderId, dialogs.Find("[data-testid=test-order-selected]").TextContent);
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=test-order-dry-run]").Click());

        Assert.Equal(("dry-run", sfcc, Order.Id), (api.TestRuns[0].Mode, api.TestRuns[0].ConnectionId, api.TestRuns[0].Request.OrderId));
        var checks = dialogs.FindAll("[data-testid=test-order-check]");
        Assert.Equal(["Pass", "Fail", "Warn"], checks.Select(c => c.GetAttribute("data-outcome")));
        Assert.Empty(checks[0].QuerySelectorAll("[data-testid=test-order-check-fix]"));
        Assert.Contains("Map it in Orders to Salesforce mapping.", checks[1].QuerySelector("[data-testid=test-order-check-fix]")!.TextContent);
        Assert.EndsWith("mapping?field=shipments%5B0%5D.shipping_method.id", checks[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("would not reach Salesforce: 1 check failed", dialogs.Find("[data-testid=test-order-outcome]").TextContent);
    }

    [Fact]
    public async Task PushingAsksFirstThenShowsTheSalesforceOrder()
    {
        var sfcc = Guid.NewGuid();
        api.TestResult = (mode, request) => new TestOrderResult(mode, request.OrderId, Order.SourceOrderId, "00000107", "{}", "{\"order_no\":\"00000107\"}",
            [new TestOrderCheck("Read back", CheckOutcome.Pass, "The order is in Salesforce.", null, null)], true);
        await OpenAsync(sfcc, Order);

        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=test-order-push]").Click());
        Assert.Empty(api.TestRuns);
        Assert.Contains("even when Push orders to Salesforce is off", dialogs.Find("[data-testid=test-order-push-warning]").TextContent);
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=test-order-push-confirm]").Click());

        Assert.Equal("push", Assert.Single(api.TestRuns).Mode);
        Assert.Equal("00000107", dialogs.Find("[data-testid=test-order-sfcc-no]").TextContent);
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=test-order-sfcc-order-toggle]").Click());
        Assert.Contains("\"order_no\": \"00000107\"", dialogs.Find("[data-testid=test-order-sfcc-order]").TextContent);
    }

    [Fact]
    public async Task FromAnOrderWithSeveralSalesforceConnectionsTheMemberPicksOne()
    {
        connections.Connections.AddRange([Connection(ConnectorKind.TikTokShop, "TikTok US"), Connection(ConnectorKind.SalesforceCommerceCloud, "SFCC US"),
            Connection(ConnectorKind.SalesforceCommerceCloud, "SFCC EU")]);
        await OpenAsync(null, Order);

        Assert.NotNull(dialogs.Find("[data-testid=test-order-connection]"));
        Assert.True(dialogs.Find("[data-testid=test-order-dry-run]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ASandboxOrderIsCreatedAndUsedOnceThePortalHasImportedIt()
    {
        var sfcc = Guid.NewGuid();
        var imported = Order with { Id = Guid.NewGuid(), SourceOrderId = sellerCenter.NextOrderId };
        await OpenAsync(sfcc, null, sandbox: true, Order, imported);

        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=test-order-create-sandbox]").Click());
        dialogs.WaitForAssertion(() => Assert.False(dialogs.Find("[data-testid=test-order-dry-run]").HasAttribute("disabled")));
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=test-order-dry-run]").Click());

        Assert.Equal(1, Assert.Single(sellerCenter.Created).Count);
        Assert.Equal(imported.Id, Assert.Single(api.TestRuns).Request.OrderId);
    }
}
