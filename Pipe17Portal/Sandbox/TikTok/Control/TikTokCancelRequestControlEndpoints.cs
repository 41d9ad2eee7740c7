using System.Text.Json;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>
/// `POST /sandbox/_control/accounts/{id}/tiktok/orders/{orderId}/request-cancel` {"requested": true|false}: the buyer asks
/// to cancel an order awaiting shipment (or withdraws the request). While the request is open TikTok freezes the order's
/// packages: shipping them fails with 10007014 "package in freeze status", as on the real platform.
/// </summary>
public static class TikTokCancelRequestControlEndpoints
{
    public static void Map(RouteGroupBuilder tiktok)
    {
        tiktok.MapPost("/orders/{orderId}/request-cancel", async (string id, string orderId, JsonElement? body, SandboxDbContext db, TikTokEventPublisher events, TimeProvider clock, CancellationToken ct) =>
        {
            var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
            if (account is null)
            {
                return error!;
            }
            var requested = body is { } b && TikTokControl.Property(b, "requested") is { } value
                ? value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : (bool?)null
                : true;
            if (requested is null)
            {
                return TikTokControl.Invalid("requested", "requested must be true (the buyer asks to cancel) or false (the buyer withdraws the request).");
            }
            var shipment = await TikTokShipment.ForOrderAsync(db, account.Id, orderId, ct);
            if (shipment is null)
            {
                return TikTokControl.OrderNotFound(account, orderId);
            }
            var order = shipment.Order;
            if (requested.Value && !TikTokOrderStatus.CanShip(order.Status))
            {
                return TikTokControl.Conflict($"Order {orderId} is {order.Status}; a buyer can only ask to cancel an order that is not shipped yet (AWAITING_SHIPMENT or PARTIALLY_SHIPPING).");
            }
            var now = TikTokJson.Unix(clock.GetUtcNow());
            order.IsBuyerRequestCancel = requested.Value;
            order.RequestCancelTime = requested.Value ? now : null;
            shipment.Save(now);
            await db.SaveChangesAsync(ct);
            await events.PublishAsync(account, [TikTokEventPublisher.OrderStatusChange(order)], ct);
            return TikTokControl.Ok(new { order_id = orderId, is_buyer_request_cancel = requested.Value });
        });
    }
}
