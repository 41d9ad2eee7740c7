using Bunit;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Alerts;

namespace Pipe17Portal.Tests.Client.Features.Alerts;

public class AlertSettingsFormTests : PortalComponentTest
{
    private readonly FakeNotificationsApi api = new() { Settings = new([NotificationKind.OrdersStuck], false, 10, 4, 7, EmailDeliveryConfigured: false) };

    public AlertSettingsFormTests() => Services.AddSingleton<INotificationsApi>(api);

    [Fact]
    public void ADeveloperMutesAKindTurnsEmailOnAndSaves()
    {
        var cut = Render<AlertSettingsForm>(p => p.Add(c => c.CanManage, true));

        Assert.Contains("only written to its log", cut.Find("[data-testid=alert-email-not-configured]").TextContent);
        cut.Find("input[data-testid=alert-kind-CheckFailed]").Change(false);
        cut.Find("input[data-testid=alert-kind-OrdersStuck]").Change(true);
        cut.Find("input[data-testid=alert-email]").Change(true);
        cut.Find("[data-testid=alert-settings-save]").Click();

        var saved = Assert.Single(api.Saved);
        Assert.Equal([NotificationKind.CheckFailed], saved.MutedKinds);
        Assert.True(saved.EmailAdmins);
    }

    [Fact]
    public void AUserSeesTheSettingsButCannotSave()
    {
        var cut = Render<AlertSettingsForm>(p => p.Add(c => c.CanManage, false));

        Assert.Contains("Developers and Administrators change these settings", cut.Find("[data-testid=alert-settings-read-only]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=alert-settings-save]"));
    }
}
