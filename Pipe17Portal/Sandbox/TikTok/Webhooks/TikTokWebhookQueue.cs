using System.Threading.Channels;

namespace Pipe17Portal.Sandbox.TikTok.Webhooks;

/// <summary>Webhook deliveries waiting for the sender; filled by requests that change the shop, drained in the background.</summary>
public sealed class TikTokWebhookQueue
{
    private readonly Channel<TikTokWebhookDelivery> channel = Channel.CreateUnbounded<TikTokWebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(TikTokWebhookDelivery delivery) => channel.Writer.TryWrite(delivery);

    public ChannelReader<TikTokWebhookDelivery> Reader => channel.Reader;
}

/// <summary>One event for one address; retries reuse the same body, so tts_notification_id lets the receiver dedupe.</summary>
public sealed record TikTokWebhookDelivery(string Address, string AppKey, string AppSecret, string Body);
