using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.OrderPush;

namespace Pipe17Portal.Tests.Client.Features.OrderPush;

public class OrderSalesforceCardTests : PortalComponentTest
{
    private static readonly OrderSummary Order = new(Guid.NewGuid(), "576000000000000042", Guid.NewGuid(), "TikTok US", OrderStatus.ReadyForFulfillment,
        "AWAITING_SHIPMENT", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 2, 30m, "USD", "Standard shipping", 1);

    private static readonly Guid Sfcc = Guid.NewGuid();
    private readonly FakeOrderExceptionsApi api = new();

    private IRenderedComponent<OrderSalesforceCard> RenderCard()
    {
        Services.AddSingleton<IOrderExceptionsApi>(api);
        Render<MudSnackbarProvider>();
        return Render<OrderSalesforceCard>(p => p.Add(x => x.Order, Order));
    }

    private static OrderExceptionInfo Exception(DateTimeOffset? resolvedAt = null) => new(Guid.NewGuid(), Sfcc, OrderExceptionType.ShippingMethodRejected,
        "Salesforce refused shipping method 'STD'.", "'STD' is not a shipping method of the site.", "Map the delivery option to a real method id.",
        "/integrations/x/mapping", "InvalidShippingMethodIdException", "No shipping method with ID 'STD' found.", DateTimeOffset.UtcNow.AddHours(-1), resolvedAt);

    [Fact]
    public async Task AnOpenExceptionIsExplainedVerbatimAndCanBeRetried()
    {
        api.Pushes.Add(new OrderPushInfo(Sfcc, "Cedar SFCC", null, null, null, PushState.Blocked, 3, null, "Salesforce refused the shipping method."));
        api.Exceptions.Add(Exception());
        var cut = RenderCard();

        Assert.Equal("Blocked", cut.Find("[data-testid=sfcc-push-state]").TextContent.Trim());
        var problem = cut.Find("[data-testid=order-exception]");
        Assert.Contains("'STD' is not a shipping method of the site.", problem.TextContent);
        Assert.Contains("InvalidShippingMethodIdException", problem.QuerySelector("[data-testid=problem-sfcc]")!.TextContent);
        Assert.Contains("No shipping method with ID 'STD' found.", problem.QuerySelector("[data-testid=problem-sfcc]")!.TextContent);

        await cut.InvokeAsync(() => cut.Find("[data-testid=order-retry]").Click());

        Assert.Equal([Order.Id], api.RetriedOrders);
    }

    [Fact]
    public void APushedOrderWithOnlyResolvedExceptionsHasNoRetry()
    {
        api.Pushes.Add(new OrderPushInfo(Sfcc, "Cedar SFCC", "00000107", "new", DateTimeOffset.UtcNow, PushState.Done, 2, null, null));
        api.Exceptions.Add(Exception(resolvedAt: DateTimeOffset.UtcNow));
        var cut = RenderCard();

        Assert.Equal("00000107", cut.Find("[data-testid=sfcc-push-order-no]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=order-retry]"));
        Assert.Empty(cut.FindAll("[data-testid=order-exception]"));
        Assert.Contains("Resolved exceptions (1)", cut.Find("[data-testid=order-resolved-toggle]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=order-test-order]"));
    }

    [Fact]
    public void ABlockedPushCanBeRetriedEvenWithoutAnOpenException()
    {
        api.Pushes.Add(new OrderPushInfo(Sfcc, "Cedar SFCC", null, null, null, PushState.Blocked, 5, null, "Salesforce could not be reached."));
        var cut = RenderCard();

        Assert.NotNull(cut.Find("[data-testid=order-retry]"));
    }
}
