using Pipe17Portal.Connectors.TikTokShop.Api.Events;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed partial class TikTokShopClient
{
    public const string WebhooksEndpoint = "/event/202309/webhooks";

    /// <summary>Points one event type at <paramref name="address"/> (replacing any previous address).</summary>
    public Task<TikTokResult<TikTokAck>> SubscribeWebhookAsync(string address, string eventType, CancellationToken ct = default) =>
        TikTokCall.SendAckAsync($"PUT {WebhooksEndpoint}", () => events.UpdateWebhookAsync(new TikTokWebhookSubscription(address, eventType), ct), ct);

    public async Task<TikTokResult<IReadOnlyList<TikTokWebhook>>> GetWebhooksAsync(CancellationToken ct = default) =>
        (await TikTokCall.SendAsync<TikTokWebhooks>($"GET {WebhooksEndpoint}", () => events.GetWebhooksAsync(ct), ct))
            .Map(data => data.Webhooks);

    public Task<TikTokResult<TikTokAck>> DeleteWebhookAsync(string eventType, CancellationToken ct = default) =>
        TikTokCall.SendAckAsync($"DELETE {WebhooksEndpoint}", () => events.DeleteWebhookAsync(new TikTokWebhookDeletion(eventType), ct), ct);
}
