using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Connections;

namespace Pipe17Portal.Tests.Client.Features.Connections;

public class FlowsTableTests : PortalComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 10, 30, 0, TimeSpan.Zero);
    private static readonly Guid Shop = Guid.NewGuid();

    private static FlowStatusInfo Flow(string key, string name, bool enabled, bool scheduled, SyncRunStatus? last = null, string? error = null) =>
        new(Shop, "US shop", ConnectorKind.TikTokShop, key, name, "Pull orders", enabled, scheduled,
            last is null ? null : At, last, last is null ? null : 12, error, scheduled ? At.AddMinutes(5) : null, 40, 2);

    private IRenderedComponent<MudSnackbarProvider> snackbar = default!;

    private IRenderedComponent<FlowsTable> RenderWith(FakeFlowsApi api, bool canRun)
    {
        Services.AddSingleton<IFlowsApi>(api);
        Render<MudPopoverProvider>();
        snackbar = Render<MudSnackbarProvider>();
        return Render<FlowsTable>(p => p.Add(c => c.CanRun, canRun));
    }

    [Fact]
    public void ShowsEachFlowsStateLastRunAndTotals()
    {
        var cut = RenderWith(new FakeFlowsApi(
            Flow("tiktok-order-pull", "Orders from TikTok Shop", true, true, SyncRunStatus.Failed, "TikTok answered 500"),
            Flow("sfcc-order-push", "Orders to Salesforce", false, false)), canRun: true);

        var names = cut.FindAll("[data-testid=flow-name]").Select(e => e.TextContent).ToList();
        Assert.Equal(["Orders from TikTok Shop", "Orders to Salesforce"], names);
        var states = cut.FindAll("[data-testid=flow-state]");
        Assert.Contains("On", states[0].TextContent);
        Assert.Contains("Off", states[1].TextContent);
        Assert.Contains("Turn on “Pull orders”", states[1].TextContent);
        var last = cut.FindAll("[data-testid=flow-last-run]");
        Assert.Contains("2026-12-05 10:30:00", last[0].TextContent);
        Assert.Contains("TikTok answered 500", last[0].TextContent);
        Assert.Contains("never", last[1].TextContent);
        Assert.Equal("40", cut.FindAll("[data-testid=flow-processed]")[0].TextContent);
        Assert.Equal("2", cut.FindAll("[data-testid=flow-failed]")[0].TextContent);
        // Only a scheduled flow can be run now.
        var buttons = cut.FindAll("[data-testid=flow-run-now]");
        Assert.False(buttons[0].HasAttribute("disabled"));
        Assert.True(buttons[1].HasAttribute("disabled"));
    }

    [Fact]
    public async Task RunNowStartsTheFlowAndTellsTheMerchant()
    {
        var api = new FakeFlowsApi(Flow("tiktok-order-pull", "Orders from TikTok Shop", true, true));
        var cut = RenderWith(api, canRun: true);

        await cut.InvokeAsync(() => cut.Find("[data-testid=flow-run-now]").Click());

        Assert.Equal([(Shop, "tiktok-order-pull")], api.Started);
        snackbar.WaitForAssertion(() => Assert.Contains("tiktok-order-pull is running now.", snackbar.Markup));
    }

    [Fact]
    public async Task ARefusedRunShowsTheServersReason()
    {
        var api = new FakeFlowsApi(Flow("tiktok-order-pull", "Orders from TikTok Shop", true, true))
        {
            FailRunWith = ApiProblemException.Conflict("'US shop' is not connected, so none of its flows can run."),
        };
        var cut = RenderWith(api, canRun: true);

        await cut.InvokeAsync(() => cut.Find("[data-testid=flow-run-now]").Click());

        snackbar.WaitForAssertion(() => Assert.Contains("is not connected, so none of its flows can run", snackbar.Markup));
        Assert.Empty(api.Started);
    }

    [Fact]
    public void AUserSeesTheFlowsWithoutRunNow()
    {
        var cut = RenderWith(new FakeFlowsApi(Flow("tiktok-order-pull", "Orders from TikTok Shop", true, true)), canRun: false);

        Assert.Single(cut.FindAll("[data-testid=flow-name]"));
        Assert.Empty(cut.FindAll("[data-testid=flow-run-now]"));
    }
}
