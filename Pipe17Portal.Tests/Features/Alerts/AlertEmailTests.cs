using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Alerts;

public class AlertEmailTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task WhenTurnedOnAdministratorsAreEmailedOncePerFoldKeyPerHour()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var secondAdmin = await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.Administrator);
        var developer = await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.Developer);
        var client = await factory.SignInAsync(developer);
        var settings = await (await client.GetAsync("/api/v1/alerts/settings")).ReadAsync<AlertSettingsInfo>();
        Assert.False(settings.EmailAdmins);
        await (await client.PutJsonAsync("/api/v1/alerts/settings", settings with { EmailAdmins = true })).ReadAsync<AlertSettingsInfo>();
        var connection = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.SalesforceCommerceCloud, "Salesforce EU", ConnectionStatus.Error, "Wrong password for the OCAPI client.");

        await factory.ScanAsync(owner.WorkspaceId);

        var first = Assert.Single(Alerts(owner.Email));
        Assert.Equal("Pipe17 alert: Salesforce EU is in error", first.Subject);
        Assert.Contains("Wrong password for the OCAPI client.", first.HtmlBody);
        Assert.Contains($"integrations/{connection.Id}", first.HtmlBody);
        Assert.Single(Alerts(secondAdmin.Email));
        Assert.Empty(Alerts(developer.Email));

        // It clears and comes back within the hour: counted on the notification, not emailed again.
        await factory.SetStatusAsync(owner.WorkspaceId, connection.Id, ConnectionStatus.Connected);
        await factory.ScanAsync(owner.WorkspaceId);
        await factory.SetStatusAsync(owner.WorkspaceId, connection.Id, ConnectionStatus.Error, "Wrong password again.");
        await factory.ScanAsync(owner.WorkspaceId);
        Assert.Equal(2, Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId)).Count);
        Assert.Single(Alerts(owner.Email));

        // An hour later it flaps again: one more email.
        factory.Clock.Now += TimeSpan.FromMinutes(61);
        await factory.SetStatusAsync(owner.WorkspaceId, connection.Id, ConnectionStatus.Connected);
        await factory.ScanAsync(owner.WorkspaceId);
        await factory.SetStatusAsync(owner.WorkspaceId, connection.Id, ConnectionStatus.Error, "Wrong password a third time.");
        await factory.ScanAsync(owner.WorkspaceId);
        Assert.Equal(2, Alerts(owner.Email).Count);
        Assert.Contains("seen 3 times", Alerts(owner.Email)[1].HtmlBody);
    }

    [Fact]
    public async Task NothingIsEmailedWhileEmailIsOffTheDefault()
    {
        var owner = await factory.CreateWorkspaceAsync();
        await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok", ConnectionStatus.NeedsReauthorization, "Authorization revoked by the seller.");

        await factory.ScanAsync(owner.WorkspaceId);

        Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Empty(Alerts(owner.Email));
    }

    private List<RecordingEmailDelivery.Sent> Alerts(string to) => [.. factory.Email.To(to).Where(m => m.Subject.StartsWith("Pipe17 alert:", StringComparison.Ordinal))];
}
