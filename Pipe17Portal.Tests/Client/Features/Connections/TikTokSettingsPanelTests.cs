using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Connections;

namespace Pipe17Portal.Tests.Client.Features.Connections;

public class TikTokSettingsPanelTests : PortalComponentTest
{
    [Fact]
    public void OffersPushFulfillmentsButNotYetPushInventoryWhichIsKeptAsStored()
    {
        var api = new RecordingTikTokApi();
        Services.AddSingleton<ITikTokConnectionApi>(api);
        var cut = Render<TikTokSettingsPanel>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, true));

        Assert.Contains("Pull orders", cut.Markup);
        Assert.Contains("Push fulfillments", cut.Markup);
        Assert.Contains("Push inventory", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=tiktok-flows-not-yet]"));

        // The switch drives the stored setting: stored off, switched on, saved on.
        cut.Find("input[data-testid=tiktok-push-fulfillments], [data-testid=tiktok-push-fulfillments] input").Change(true);
        cut.Find("[data-testid=tiktok-save] button, button[data-testid=tiktok-save]").Click();

        var saved = Assert.Single(api.Saved);
        Assert.True(saved.PushFulfillments);
        Assert.True(saved.PushInventory);
    }

    private sealed class RecordingTikTokApi : ITikTokConnectionApi
    {
        public Guid Id { get; } = Guid.NewGuid();
        public List<TikTokSettingsUpdate> Saved { get; } = [];

        private TikTokSettingsView View() => new(Id, "TikTok US", ConnectionStatus.Connected, null, "app-key", true, "svc", "US",
            true, PushFulfillments: false, PushInventory: true, 60, false, "Shop", "US", "1", []);

        public Task<TikTokSettingsView> GetAsync(Guid id, CancellationToken ct = default) => Task.FromResult(View());

        public Task<TikTokSettingsView> SaveAsync(Guid id, TikTokSettingsUpdate update, CancellationToken ct = default)
        {
            Saved.Add(update);
            return Task.FromResult(View());
        }

        public Task<TikTokSettingsView> UseSandboxAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<TikTokAuthorizeStart> StartAuthorizationAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<TikTokSettingsView> SelectShopAsync(Guid id, TikTokSelectShopRequest request, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<TikTokSettingsView> DisconnectAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
