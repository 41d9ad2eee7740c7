using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.OrderPush;

namespace Pipe17Portal.Tests.Client.Features.OrderPush;

public class OrderSyncPanelTests : PortalComponentTest
{
    private static readonly SourceChannelInfo TikTok = new(Guid.NewGuid(), "TikTok US", "TikTokShop");
    private static readonly SourceChannelInfo Other = new(Guid.NewGuid(), "Wholesale portal", "Other");

    private readonly FakeOrderPushApi api = new();
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private IRenderedComponent<OrderSyncPanel> RenderPanel(Func<OrderSyncSettingsView, OrderSyncSettingsView>? settings = null)
    {
        api.Settings = (settings ?? (s => s))(api.Settings with { AvailableSourceChannels = [TikTok, Other] });
        Services.AddSingleton<IOrderPushApi>(api);
        popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<OrderSyncPanel>(p => p.Add(x => x.ConnectionId, api.Settings.ConnectionId).Add(x => x.CanManage, true));
    }

    private async Task OpenSelectAsync(IRenderedComponent<OrderSyncPanel> cut, string testId) =>
        await cut.InvokeAsync(() => cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.MouseDown());

    [Fact]
    public async Task RemovingCanceledWarnsThatCancellationsWillNotPropagate()
    {
        var cut = RenderPanel();
        Assert.Empty(cut.FindAll("[data-testid=sync-cancel-warning]"));

        await OpenSelectAsync(cut, "sync-statuses");
        await popovers.InvokeAsync(() => popovers.Find("[data-testid=sync-status-Canceled]").Click());

        cut.WaitForAssertion(() => Assert.Contains("will not cancel it in Salesforce", cut.Find("[data-testid=sync-cancel-warning]").TextContent));
    }

    [Fact]
    public void AnEmailStrategyOnTikTokOrdersWarnsTheyWillBecomeExceptions()
    {
        var cut = RenderPanel(s => s with { CustomerStrategy = CustomerMatchingStrategy.EmailCreateIfMissing, SourceConnectionIds = [TikTok.ConnectionId] });

        Assert.Contains("TikTok Shop shares no buyer email or company name", cut.Find("[data-testid=sync-strategy-warning]").TextContent);
    }

    [Fact]
    public void AnEmailStrategyRestrictedToAnotherChannelDoesNotWarn()
    {
        var cut = RenderPanel(s => s with { CustomerStrategy = CustomerMatchingStrategy.EmailCreateIfMissing, SourceConnectionIds = [Other.ConnectionId] });

        Assert.Empty(cut.FindAll("[data-testid=sync-strategy-warning]"));
    }

    [Fact]
    public async Task ChoosingAnEmailStrategyWithNoSourceRestrictionWarns()
    {
        var cut = RenderPanel();
        Assert.Empty(cut.FindAll("[data-testid=sync-strategy-warning]"));

        await OpenSelectAsync(cut, "sync-strategy");
        await popovers.InvokeAsync(() => popovers.Find($"[data-testid=sync-strategy-{CustomerMatchingStrategy.EmailGenericIfMissing}]").Click());

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=sync-strategy-warning]")));
    }

    [Fact]
    public async Task SaveSendsTheSettingsOnThePage()
    {
        var cut = RenderPanel();

        await cut.InvokeAsync(() => cut.Find("input[data-testid=sync-generic-customer]").Change(" 00004711 "));
        await cut.InvokeAsync(() => cut.Find("[data-testid=sync-push-orders] input, input[data-testid=sync-push-orders]").Change(true));
        await cut.InvokeAsync(() => cut.Find("[data-testid=sync-save]").Click());

        var sent = Assert.Single(api.SavedSettings);
        Assert.True(sent.PushOrders);
        Assert.Equal("00004711", sent.GenericCustomerNo);
        Assert.Equal(CustomerMatchingStrategy.GenericForAll, sent.CustomerStrategy);
        Assert.Equal([OrderStatus.ReadyForFulfillment, OrderStatus.Canceled], sent.StatusesToPush);
        Assert.Empty(sent.SourceConnectionIds);
        Assert.False(sent.MarkSentToFulfillment);
    }

    [Fact]
    public async Task PushingWithAGenericStrategyButNoCustomerNumberIsNotSent()
    {
        var cut = RenderPanel(s => s with { PushOrders = true });

        await cut.InvokeAsync(() => cut.Find("[data-testid=sync-save]").Click());

        Assert.Empty(api.SavedSettings);
        Assert.Contains("Enter the customer number", cut.Find("[data-testid=sync-generic-customer]").Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public async Task TheServersCheckOfTheGenericCustomerIsShownOnTheField()
    {
        api.FailSaveWith = ApiProblemException.Invalid("genericCustomerNo", "Salesforce has no customer 00009999. Create it in Business Manager or correct the number.");
        var cut = RenderPanel(s => s with { GenericCustomerNo = "00009999" });

        await cut.InvokeAsync(() => cut.Find("[data-testid=sync-save]").Click());

        Assert.Single(api.SavedSettings);
        cut.WaitForAssertion(() => Assert.Contains("Salesforce has no customer 00009999",
            cut.Find("[data-testid=sync-generic-customer]").Closest(".mud-input-control")!.TextContent));
    }

    [Fact]
    public void TheServersWarningsAreShown()
    {
        var cut = RenderPanel(s => s with { Warnings = ["Canceled is not pushed: cancellations in TikTok Shop will not reach Salesforce."] });

        Assert.Contains("cancellations in TikTok Shop will not reach Salesforce", cut.Find("[data-testid=sync-server-warning]").TextContent);
    }
}
