using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Events;

/// <summary>Webhook subscriptions. PUT and DELETE are idempotent, so they go on the retrying pipeline.</summary>
public interface ITikTokEventApi
{
    [Put("/event/202309/webhooks")]
    Task<HttpResponseMessage> UpdateWebhookAsync([Body] TikTokWebhookSubscription request, CancellationToken ct);

    [Get("/event/202309/webhooks")]
    Task<HttpResponseMessage> GetWebhooksAsync(CancellationToken ct);

    [Delete("/event/202309/webhooks")]
    Task<HttpResponseMessage> DeleteWebhookAsync([Body] TikTokWebhookDeletion request, CancellationToken ct);
}
