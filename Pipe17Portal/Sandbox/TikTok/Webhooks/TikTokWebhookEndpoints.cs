using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Webhooks;

/// <summary>`PUT/GET/DELETE /event/202309/webhooks`: where the shop posts each event type.</summary>
public static class TikTokWebhookEndpoints
{
    private static readonly string[] EventTypes =
    [
        "ORDER_STATUS_CHANGE", "RECIPIENT_ADDRESS_UPDATE", "PACKAGE_UPDATE", "PRODUCT_STATUS_CHANGE", "SELLER_DEAUTHORIZATION",
        "UPCOMING_AUTHORIZATION_EXPIRATION", "CANCELLATION_STATUS_CHANGE", "RETURN_STATUS_CHANGE",
    ];

    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("PUT", "/event/202309/webhooks", TikTokScopes.Webhooks, PutAsync),
        new("GET", "/event/202309/webhooks", TikTokScopes.Webhooks, GetAsync),
        new("DELETE", "/event/202309/webhooks", TikTokScopes.Webhooks, DeleteAsync),
    ];

    private static async Task<TikTokReply> PutAsync(TikTokCall call)
    {
        var body = call.ReadBody<WebhookBody>();
        var eventType = EventType(body.EventType);
        if (body.Address is not { Length: > 0 and <= 255 } address
            || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new TikTokParamsException("address must be an absolute http(s) URL of at most 255 characters.");
        }
        if (call.Http.RequestServices.GetRequiredService<TikTokWebhookTargets>().Refusal(uri) is { } refusal)
        {
            throw new TikTokParamsException($"address {address} is refused: {refusal}");
        }
        var existing = await call.Db.TikTokWebhooks.SingleOrDefaultAsync(w => w.AccountId == call.Account.Id && w.EventType == eventType, call.Aborted);
        if (existing is null)
        {
            call.Db.TikTokWebhooks.Add(new TikTokWebhookSubscription { AccountId = call.Account.Id, EventType = eventType, Address = address, CreateTime = call.UnixNow, UpdateTime = call.UnixNow });
        }
        else
        {
            existing.Address = address;
            existing.UpdateTime = call.UnixNow;
        }
        await call.Db.SaveChangesAsync(call.Aborted);
        return TikTokReply.Ok(new { });
    }

    private static async Task<TikTokReply> GetAsync(TikTokCall call)
    {
        var webhooks = await call.Db.TikTokWebhooks.AsNoTracking().Where(w => w.AccountId == call.Account.Id)
            .OrderBy(w => w.EventType)
            .Select(w => new { address = w.Address, event_type = w.EventType, create_time = w.CreateTime, update_time = w.UpdateTime })
            .ToListAsync(call.Aborted);
        return TikTokReply.Ok(new { total_count = webhooks.Count, webhooks });
    }

    private static async Task<TikTokReply> DeleteAsync(TikTokCall call)
    {
        var eventType = EventType(call.ReadBody<WebhookBody>().EventType);
        await call.Db.TikTokWebhooks.Where(w => w.AccountId == call.Account.Id && w.EventType == eventType).ExecuteDeleteAsync(call.Aborted);
        return TikTokReply.Ok(new { });
    }

    private static string EventType(string? value) => value is not null && EventTypes.Contains(value)
        ? value
        : throw new TikTokParamsException($"event_type must be one of {string.Join(", ", EventTypes)}.");

    private sealed class WebhookBody
    {
        public string? Address { get; set; }
        public string? EventType { get; set; }
    }
}
