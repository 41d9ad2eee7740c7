using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>
/// `POST /sandbox/_control/accounts/{id}/tiktok/orders/{orderId}/advance`: what the carrier does after shipping. Each call
/// moves a shipped order one step: AWAITING_COLLECTION → IN_TRANSIT → DELIVERED → COMPLETED, with its webhook.
/// </summary>
public static class TikTokCarrierControlEndpoints
{
    public static void Map(RouteGroupBuilder tiktok)
    {
        tiktok.MapPost("/orders/{orderId}/advance", async (string id, string orderId, SandboxDbContext db, TikTokEventPublisher events, TimeProvider clock, CancellationToken ct) =>
        {
            var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
            if (account is null)
            {
                return error!;
            }
            var shipment = await TikTokShipment.ForOrderAsync(db, account.Id, orderId, ct);
            if (shipment is null)
            {
                return TikTokControl.OrderNotFound(account, orderId);
            }
            var order = shipment.Order;
            var now = TikTokJson.Unix(clock.GetUtcNow());
            (string Order, string Package)? next = order.Status switch
            {
                TikTokOrderStatus.AwaitingCollection => (TikTokOrderStatus.InTransit, "FULFILLING"),
                TikTokOrderStatus.InTransit => (TikTokOrderStatus.Delivered, "COMPLETED"),
                TikTokOrderStatus.Delivered => (TikTokOrderStatus.Completed, "COMPLETED"),
                _ => null,
            };
            if (next is not { } step)
            {
                return TikTokControl.Conflict($"Order {orderId} is {order.Status}; only AWAITING_COLLECTION, IN_TRANSIT or DELIVERED orders move on. Ship every package first.");
            }
            if (step.Order == TikTokOrderStatus.InTransit)
            {
                order.CollectionTime = now;
            }
            if (step.Order == TikTokOrderStatus.Delivered)
            {
                order.DeliveryTime = now;
            }
            foreach (var package in shipment.Packages)
            {
                package.Status = step.Package;
                package.UpdateTime = now;
            }
            foreach (var line in order.LineItems)
            {
                line.PackageStatus = step.Package;
            }
            TikTokOrderStatus.Move(order, step.Order, now);
            shipment.Save(now);
            await db.SaveChangesAsync(ct);
            await events.PublishAsync(account, [TikTokEventPublisher.OrderStatusChange(order)], ct);
            return TikTokControl.Ok(new { order = new RawJson(shipment.Row.Document) });
        });
    }
}
