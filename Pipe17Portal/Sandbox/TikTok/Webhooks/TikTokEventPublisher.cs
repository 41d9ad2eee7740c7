using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.TikTok.Orders;

namespace Pipe17Portal.Sandbox.TikTok.Webhooks;

/// <summary>Turns shop changes into webhook events and queues one delivery per subscribed event type (after the change is saved).</summary>
public sealed class TikTokEventPublisher(SandboxDbContext db, TikTokWebhookQueue queue, TimeProvider clock)
{
    public async Task PublishAsync(SandboxAccount account, IReadOnlyCollection<TikTokEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }
        var addresses = await db.TikTokWebhooks.AsNoTracking().Where(w => w.AccountId == account.Id).ToDictionaryAsync(w => w.EventType, w => w.Address, ct);
        var timestamp = TikTokJson.Unix(clock.GetUtcNow());
        foreach (var e in events)
        {
            if (addresses.TryGetValue(e.EventType, out var address))
            {
                var body = TikTokJson.Serialize(new TikTokWebhookEnvelope(e.Type, TikTokIds.Notification(), account.TikTokShopId, timestamp, e.Data));
                queue.Enqueue(new TikTokWebhookDelivery(address, account.TikTokAppKey, account.TikTokAppSecret, body));
            }
        }
    }

    /// <summary>Type 1. Webhooks spell the cancelled status CANCEL, while order objects say CANCELLED.</summary>
    public static TikTokEvent OrderStatusChange(TikTokOrderDocument order) => new(1, "ORDER_STATUS_CHANGE", new
    {
        order_id = order.Id,
        order_status = order.Status == TikTokOrderStatus.Cancelled ? "CANCEL" : order.Status,
        is_on_hold_order = order.IsOnHoldOrder,
        update_time = order.UpdateTime,
    });

    public static TikTokEvent CancellationStatusChange(TikTokOrderDocument order, string role) => new(11, "CANCELLATION_STATUS_CHANGE", new
    {
        order_id = order.Id,
        cancellations_role = role,
        cancel_status = "CANCELLATION_REQUEST_COMPLETE",
        cancel_id = TikTokIds.Cancellation(),
        create_time = order.CancelTime ?? order.UpdateTime,
    });

    public static TikTokEvent PackageSplit(string orderId, IEnumerable<string> packageIds, long updateTime) => new(4, "PACKAGE_UPDATE", new
    {
        sc_type = "SPLIT",
        role_type = "ROLE_SELLER",
        package_list = packageIds.Select(id => new { package_id = id, order_id_list = new[] { orderId } }).ToArray(),
        update_time = updateTime,
    });
}

public sealed record TikTokEvent(int Type, string EventType, object Data);

public sealed record TikTokWebhookEnvelope(int Type, string TtsNotificationId, string ShopId, long Timestamp, object Data);
