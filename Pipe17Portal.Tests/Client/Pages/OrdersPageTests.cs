using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages;

namespace Pipe17Portal.Tests.Client.Pages;

public class OrdersPageTests : PortalComponentTest
{
    private static readonly OrderSummary Blocked = new(Guid.NewGuid(), "576000000000000042", Guid.NewGuid(), "TikTok US", OrderStatus.ReadyForFulfillment,
        "AWAITING_SHIPMENT", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 2, 30m, "USD", "Standard shipping", OpenExceptions: 2);

    private readonly FakeOrdersApi orders = new(Blocked);
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private IRenderedComponent<Orders> RenderPage(string uri)
    {
        Services.AddSingleton<IConnectionsApi>(new FakeConnectionsApi(Connection(ConnectorKind.TikTokShop, "TikTok US", ConnectionStatus.Connected)));
        Services.AddSingleton<IOrdersApi>(orders);
        popovers = Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<Orders>();
    }

    [Fact]
    public void AnExceptionLinkFiltersTheListAndCountsAreShown()
    {
        var cut = RenderPage("orders?exception=UnknownSku");

        cut.WaitForAssertion(() => Assert.Equal(OrderExceptionType.UnknownSku, Assert.Single(orders.Queries).ExceptionType));
        Assert.Equal("2", cut.Find("[data-testid=order-exceptions]").TextContent.Trim());
        Assert.Equal("Unknown SKU", cut.Find("input[data-testid=order-exception-filter]").GetAttribute("value"));
    }

    [Fact]
    public async Task ChoosingAnyExceptionFiltersAndGoesIntoTheAddress()
    {
        var cut = RenderPage("orders");
        cut.WaitForAssertion(() => Assert.Single(orders.Queries));

        await cut.InvokeAsync(() => cut.Find("[data-testid=order-exception-filter]").Closest(".mud-input-control")!.MouseDown());
        await popovers.InvokeAsync(() => popovers.FindAll("[data-testid=order-exception-option]").First(o => o.TextContent.Contains("Any exception")).Click());

        cut.WaitForAssertion(() => Assert.True(orders.Queries[^1].HasExceptions));
        Assert.Null(orders.Queries[^1].ExceptionType);
        Assert.EndsWith("orders?exception=any", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void TheSearchSaysWhatItMatchesAndACappedCountShowsAsAtLeast()
    {
        orders.CappedTotal = 10_000;
        var cut = RenderPage("orders");

        cut.WaitForAssertion(() => Assert.Contains("1-25 of 10,000+", cut.Find("[data-testid=orders-pager]").TextContent));
        Assert.Contains("A whole order id or its first digits, or an exact SKU", cut.Markup);
    }

    [Fact]
    public void AnExactCountShowsAsIs()
    {
        var cut = RenderPage("orders");

        cut.WaitForAssertion(() => Assert.Contains("1-1 of 1", cut.Find("[data-testid=orders-pager]").TextContent));
        Assert.DoesNotContain("1+", cut.Find("[data-testid=orders-pager]").TextContent);
    }
}
