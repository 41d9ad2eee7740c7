using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages;

namespace Pipe17Portal.Tests.Client.Pages;

public class OrderExceptionsPageTests : PortalComponentTest
{
    private readonly FakeOrderExceptionsApi api = new();
    private IRenderedComponent<MudDialogProvider> dialogs = default!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = default!;

    private IRenderedComponent<OrderExceptionsPage> RenderPage()
    {
        Services.AddSingleton<IOrderExceptionsApi>(api);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        snackbars = Render<MudSnackbarProvider>();
        return Render<OrderExceptionsPage>();
    }

    [Fact]
    public void WithoutExceptionsItSaysEveryOrderIsOnItsWay()
    {
        var cut = RenderPage();

        Assert.Contains("No open exceptions — every order reached Salesforce or is on its way", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public async Task EachCauseShowsWhatToFixAndRetryAllQueuesItsOrders()
    {
        api.Groups.Add(new ExceptionGroup(OrderExceptionType.UnmappedShippingOption, "Shipping option not mapped", "No Salesforce shipping method for 'Express shipping'.",
            "Map it in Orders to Salesforce mapping.", "/integrations/1/mapping?field=shipments%5B0%5D.shipping_method.id", 7, DateTimeOffset.UtcNow));
        api.Groups.Add(new ExceptionGroup(OrderExceptionType.UnknownSku, "Unknown SKU", "TEE-X is not in Salesforce.", "Set the Channel SKU.", null, 2, DateTimeOffset.UtcNow));
        var cut = RenderPage();

        var group = cut.FindAll("[data-testid=exception-group]")[0];
        Assert.Equal("Shipping option not mapped", group.QuerySelector("[data-testid=exception-title]")!.TextContent);
        Assert.Equal("7 orders", group.QuerySelector("[data-testid=exception-count]")!.TextContent);
        Assert.Contains("Map it in Orders to Salesforce mapping.", group.QuerySelector("[data-testid=exception-fix]")!.TextContent);
        Assert.Equal("orders?exception=UnmappedShippingOption", group.QuerySelector("[data-testid=exception-view-orders]")!.GetAttribute("href"));

        await cut.InvokeAsync(() => cut.FindAll("[data-testid=exception-retry-all]")[0].Click());
        Assert.Empty(api.RetriedAll);
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=confirm-yes]").Click());

        cut.WaitForAssertion(() => Assert.Equal([OrderExceptionType.UnmappedShippingOption], api.RetriedAll));
        snackbars.WaitForAssertion(() => Assert.Contains("7 orders queued again.", snackbars.Markup));
        Assert.True(cut.FindAll("[data-testid=exception-retry-all]")[0].HasAttribute("disabled"));
        Assert.False(cut.FindAll("[data-testid=exception-retry-all]")[1].HasAttribute("disabled"));
    }

    [Fact]
    public async Task CancellingTheConfirmationRetriesNothing()
    {
        api.Groups.Add(new ExceptionGroup(OrderExceptionType.UnknownSku, "Unknown SKU", "TEE-X is not in Salesforce.", "Set the Channel SKU.", null, 2, DateTimeOffset.UtcNow));
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("[data-testid=exception-retry-all]").Click());
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=confirm-cancel]").Click());

        Assert.Empty(api.RetriedAll);
        Assert.False(cut.Find("[data-testid=exception-retry-all]").HasAttribute("disabled"));
    }
}
