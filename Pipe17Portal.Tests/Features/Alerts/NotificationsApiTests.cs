using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Alerts;

public class NotificationsApiTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task UnreadComeFirstAndReadStateIsPerMember()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var user = await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.User);
        var older = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "Older shop", ConnectionStatus.Error, "x");
        await factory.ScanAsync(owner.WorkspaceId);
        factory.Clock.Now += TimeSpan.FromMinutes(1);
        await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "Newer shop", ConnectionStatus.Error, "y");
        await factory.ScanAsync(owner.WorkspaceId);
        var admin = await factory.SignInAsync(owner);
        var member = await factory.SignInAsync(user);

        var page = await (await admin.GetAsync("/api/v1/notifications")).ReadAsync<NotificationPage>();
        Assert.Equal(["Newer shop is in error", "Older shop is in error"], page.Items.Select(n => n.Title));
        Assert.Equal(2, page.Unread);

        var olderId = page.Items.Single(n => n.Link == $"integrations/{older.Id}").Id;
        (await admin.PostAsync($"/api/v1/notifications/{olderId}/read", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/v1/notifications/{olderId}/read", null)).EnsureSuccessStatusCode();   // twice is fine

        Assert.Equal(1, (await (await admin.GetAsync("/api/v1/notifications/unread-count")).ReadAsync<UnreadCountInfo>()).Count);
        Assert.Equal(2, (await (await member.GetAsync("/api/v1/notifications/unread-count")).ReadAsync<UnreadCountInfo>()).Count);

        factory.Clock.Now += TimeSpan.FromMinutes(1);
        var readOlderFirst = await (await admin.GetAsync("/api/v1/notifications?page=1&pageSize=1")).ReadAsync<NotificationPage>();
        Assert.Equal("Newer shop is in error", Assert.Single(readOlderFirst.Items).Title);
        Assert.Equal(2, readOlderFirst.Total);

        var marked = await (await member.PostAsync("/api/v1/notifications/read-all", null)).ReadAsync<MarkedReadInfo>();
        Assert.Equal(2, marked.Marked);
        Assert.Equal(0, (await (await member.GetAsync("/api/v1/notifications/unread-count")).ReadAsync<UnreadCountInfo>()).Count);
        Assert.Equal(1, (await (await admin.GetAsync("/api/v1/notifications/unread-count")).ReadAsync<UnreadCountInfo>()).Count);
        Assert.All((await (await member.GetAsync("/api/v1/notifications")).ReadAsync<NotificationPage>()).Items, n => Assert.True(n.IsRead));

        await (await admin.GetAsync("/api/v1/notifications?pageSize=500")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnotherWorkspacesNotificationIsNotFound()
    {
        var a = await factory.CreateWorkspaceAsync();
        var b = await factory.CreateWorkspaceAsync();
        await factory.AddConnectionAsync(b.WorkspaceId, ConnectorKind.TikTokShop, "B's secret shop", ConnectionStatus.Error, "B's message");
        await factory.ScanAsync(b.WorkspaceId);
        var bId = Assert.Single(await factory.NotificationsAsync(b.WorkspaceId)).Id;
        var client = await factory.SignInAsync(a);

        await (await client.PostAsync($"/api/v1/notifications/{bId}/read", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await (await client.GetAsync("/api/v1/notifications")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("B's secret shop", list);
        await (await client.PostAsync("/api/v1/notifications/read-all", null)).ReadAsync<MarkedReadInfo>();
        var bClient = await factory.SignInAsync(b);
        Assert.Equal(1, (await (await bClient.GetAsync("/api/v1/notifications/unread-count")).ReadAsync<UnreadCountInfo>()).Count);
    }

    [Fact]
    public async Task AnyMemberReadsTheSettingsOnlyADeveloperOrAdministratorChangesThemAndBadValuesAreNamed()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var user = await factory.SignInAsync(await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.User));
        var developer = await factory.SignInAsync(await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.Developer));

        var defaults = await (await user.GetAsync("/api/v1/alerts/settings")).ReadAsync<AlertSettingsInfo>();
        IReadOnlyList<NotificationKind> none = [];
        Assert.Equal(new AlertSettingsInfo(none, false, 10, 4, 7, true), defaults with { MutedKinds = none });
        Assert.Empty(defaults.MutedKinds);

        var forbidden = await (await user.PutJsonAsync("/api/v1/alerts/settings", defaults with { EmailAdmins = true })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Developer", forbidden.Detail);

        var saved = await (await developer.PutJsonAsync("/api/v1/alerts/settings",
            defaults with { MutedKinds = [NotificationKind.OrdersStuck, NotificationKind.OrdersStuck], StuckOrderHours = 12 })).ReadAsync<AlertSettingsInfo>();
        Assert.Equal([NotificationKind.OrdersStuck], saved.MutedKinds);
        Assert.Equal(12, saved.StuckOrderHours);
        var reread = await (await user.GetAsync("/api/v1/alerts/settings")).ReadAsync<AlertSettingsInfo>();
        Assert.Equal(saved.MutedKinds, reread.MutedKinds);
        Assert.Equal(saved with { MutedKinds = [] }, reread with { MutedKinds = [] });

        var bad = await (await developer.PutJsonAsync("/api/v1/alerts/settings", defaults with { ExceptionsPerHourThreshold = 0 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.Errors!.ContainsKey("exceptionsPerHourThreshold"));
        Assert.Contains("1 to 100000", bad.Detail);
    }
}
