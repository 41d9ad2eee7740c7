using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Alerts;

namespace Pipe17Portal.Tests.Client.Features.Alerts;

public class NotificationBellTests : PortalComponentTest
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>As prerendered: the count is read once, and no refresh timer runs during the test.</summary>
    private void UseApi(FakeNotificationsApi api)
    {
        Services.AddSingleton<INotificationsApi>(api);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
    }

    private static NotificationInfo Note(string title, bool read, int count = 1, NotificationSeverity severity = NotificationSeverity.Error, string? link = "integrations/abc", int minutesAgo = 5) =>
        new(Guid.NewGuid(), NotificationKind.ConnectionProblem, severity, title, $"{title}: details", link, count, Now.AddMinutes(-minutesAgo - 60), Now.AddMinutes(-minutesAgo), null, read);

    [Fact]
    public void TheBadgeShowsTheUnreadCount()
    {
        UseApi(new FakeNotificationsApi(Note("A", false), Note("B", false), Note("C", true)));

        var cut = Render<NotificationBell>();

        Assert.Contains("2", cut.Find(".mud-badge").TextContent);
        Assert.Equal("Notifications, 2 unread", cut.Find("[data-testid=notification-bell-button]").GetAttribute("aria-label"));
    }

    [Fact]
    public void NoUnreadHidesTheBadge()
    {
        UseApi(new FakeNotificationsApi(Note("C", true)));

        var cut = Render<NotificationBell>();

        Assert.Empty(cut.FindAll(".mud-badge.mud-badge-visible"));   // hidden when nothing is unread
        Assert.Equal("Notifications", cut.Find("[data-testid=notification-bell-button]").GetAttribute("aria-label"));
    }

    [Fact]
    public void OpeningListsTheLatestUnreadFirstWithCountTimeAndFixAndMarkingReadUpdatesTheBadge()
    {
        var api = new FakeNotificationsApi(
            Note("Old and read", true, minutesAgo: 1),
            Note("TikTok US needs re-authorization", false, count: 3, minutesAgo: 30),
            Note("3 orders stuck in New", false, severity: NotificationSeverity.Warning, link: "orders?status=New", minutesAgo: 10));
        UseApi(api);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationBell>();

        cut.Find("[data-testid=notification-bell-button]").Click();

        var items = popovers.FindAll("[data-testid=notification-item]");
        Assert.Equal(3, items.Count);
        Assert.Contains("3 orders stuck in New", items[0].TextContent);
        Assert.Contains("10 min ago", items[0].TextContent);
        Assert.Contains("TikTok US needs re-authorization", items[1].TextContent);
        Assert.Equal("×3", items[1].QuerySelector("[data-testid=notification-count]")!.TextContent.Trim());
        Assert.Equal("true", items[2].GetAttribute("data-read"));
        Assert.Equal("orders?status=New", items[0].QuerySelector("[data-testid=notification-fix]")!.GetAttribute("href"));
        Assert.Equal("settings/alerts", popovers.Find("[data-testid=notification-settings-link]").GetAttribute("href"));

        items[1].QuerySelector("[data-testid=notification-mark-read]")!.Click();

        Assert.Equal([api.Notifications[1].Id], api.MarkedRead);
        Assert.Contains("1", cut.Find(".mud-badge").TextContent);
        Assert.Equal(2, popovers.FindAll("[data-testid=notification-item][data-read=true]").Count);

        popovers.Find("[data-testid=notification-mark-all]").Click();

        Assert.All(popovers.FindAll("[data-testid=notification-item]"), i => Assert.Equal("true", i.GetAttribute("data-read")));
        Assert.Equal("Notifications", cut.Find("[data-testid=notification-bell-button]").GetAttribute("aria-label"));
    }

    [Fact]
    public void AnEmptyListSaysSo()
    {
        UseApi(new FakeNotificationsApi());
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationBell>();

        cut.Find("[data-testid=notification-bell-button]").Click();

        Assert.Contains("Nothing to report", popovers.Find("[data-testid=notification-empty]").TextContent);
    }
}
