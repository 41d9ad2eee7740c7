using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Products;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>
/// `/sandbox/_control/accounts/{id}/tiktok/orders…`: what buyers and TikTok do to a shop (place, pay and
/// cancel orders), and how the shop looks from the inside. Every status change emits the shop's webhooks.
/// </summary>
public static class TikTokOrderControlEndpoints
{
    public static void Map(RouteGroupBuilder tiktok)
    {
        tiktok.MapPost("/orders", CreateAsync);
        tiktok.MapGet("/orders", ListAsync);
        tiktok.MapGet("/orders/{orderId}", GetAsync);
        tiktok.MapPost("/orders/{orderId}/pay", PayAsync);
        tiktok.MapPost("/orders/{orderId}/cancel", CancelAsync);
    }

    private static async Task<IResult> CreateAsync(string id, JsonElement body, SandboxDbContext db, TikTokEventPublisher events, TimeProvider clock,
        IOptions<SandboxOptions> sandbox, CancellationToken ct)
    {
        var maxCount = sandbox.Value.Limits.MaxOrdersPerBatch;
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        var now = clock.GetUtcNow();
        await TikTokSeeder.EnsureAsync(db, account, now, ct);
        if (TikTokControl.Property(body, "count") is not { ValueKind: JsonValueKind.Number } countValue || !countValue.TryGetInt32(out var count) || count < 1 || count > maxCount)
        {
            return TikTokControl.Invalid("count", $"count must be a whole number from 1 to {maxCount} (Sandbox:Limits:MaxOrdersPerBatch); place more orders in several calls.");
        }
        var status = TikTokControl.Property(body, "status")?.GetString() ?? TikTokOrderStatus.AwaitingShipment;
        if (!TikTokOrderStatus.Creatable.Contains(status))
        {
            return TikTokControl.Invalid("status", $"status must be one of {string.Join(", ", TikTokOrderStatus.Creatable)}; later statuses come from shipping (open API) or cancelling (…/orders/{{order_id}}/cancel).");
        }
        var options = TikTokLogistics.DeliveryOptions(account);
        var optionName = TikTokControl.Property(body, "delivery_option_name")?.GetString() ?? TikTokLogistics.StandardShipping;
        var option = options.FirstOrDefault(o => string.Equals(o.Name, optionName, StringComparison.OrdinalIgnoreCase));
        if (option is null)
        {
            return TikTokControl.Invalid("delivery_option_name", $"delivery_option_name must be one of: {string.Join(", ", options.Select(o => o.Name))}.");
        }
        var catalog = (await TikTokCatalog.LoadAsync(db, account.Id, track: false, ct)).Select(p => p.Product).ToList();
        var (requested, skuError) = TikTokOrderLines.Requested(TikTokControl.Property(body, "skus"), catalog);
        if (skuError is not null)
        {
            return skuError;
        }

        var unix = TikTokJson.Unix(now);
        var created = Enumerable.Range(0, count).Select(_ => TikTokOrderFactory.Create(account, requested ?? TikTokOrderLines.Random(catalog), status, option, unix)).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.TikTokOrders.AddRange(created.Select(c => c.Order));
        db.TikTokPackages.AddRange(created.Where(c => c.Package is not null).Select(c => c.Package!));
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(account, [.. created.Select(c => TikTokEventPublisher.OrderStatusChange(c.Document))], ct);
        return TikTokControl.Ok(new { order_ids = created.Select(c => c.Order.Id).ToList() }, StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(string id, int? page, int? page_size, string? status, SandboxDbContext db, CancellationToken ct)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        if (page is < 1)
        {
            return TikTokControl.Invalid("page", "page must be 1 or more.");
        }
        if (page_size is < 1 or > 100)
        {
            return TikTokControl.Invalid("page_size", "page_size must be from 1 to 100.");
        }
        if (status is not null && !TikTokOrderStatus.All.Contains(status))
        {
            return TikTokControl.Invalid("status", $"status must be one of {string.Join(", ", TikTokOrderStatus.All)}.");
        }
        var (number, size) = (page ?? 1, page_size ?? 25);
        var orders = db.TikTokOrders.AsNoTracking().Where(o => o.AccountId == account.Id && (status == null || o.Status == status));
        var total = await orders.CountAsync(ct);
        var rows = await orders.OrderByDescending(o => o.CreateTime).ThenByDescending(o => o.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var packages = (await db.TikTokPackages.AsNoTracking().Where(p => p.AccountId == account.Id && ids.Contains(p.OrderId)).ToListAsync(ct)).ToLookup(p => p.OrderId);
        return TikTokControl.Ok(new
        {
            total_count = total,
            page = number,
            page_size = size,
            orders = rows.Select(r =>
            {
                var o = r.Read();
                return new
                {
                    id = o.Id,
                    status = o.Status,
                    create_time = o.CreateTime,
                    update_time = o.UpdateTime,
                    delivery_option_name = o.DeliveryOptionName,
                    total_amount = o.Payment.TotalAmount,
                    currency = o.Payment.Currency,
                    line_item_count = o.LineItems.Count,
                    skus = o.LineItems.GroupBy(l => l.SellerSku).Select(g => new { seller_sku = g.Key, quantity = g.Count() }).ToList(),
                    packages = packages[r.Id].Select(Package).ToList(),
                };
            }).ToList(),
        });
    }

    private static async Task<IResult> GetAsync(string id, string orderId, SandboxDbContext db, CancellationToken ct)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        var shipment = await TikTokShipment.ForOrderAsync(db, account.Id, orderId, ct);
        return shipment is null
            ? TikTokControl.OrderNotFound(account, orderId)
            : TikTokControl.Ok(new { order = new RawJson(shipment.Row.Document), packages = shipment.Packages.Select(Package).ToList(), tracking = TikTokPackageView.Tracking(shipment) });
    }

    /// <summary>The buyer pays an UNPAID order, or TikTok releases an ON_HOLD one: both become AWAITING_SHIPMENT.</summary>
    private static async Task<IResult> PayAsync(string id, string orderId, SandboxDbContext db, TikTokEventPublisher events, TimeProvider clock, CancellationToken ct)
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
        if (order.Status is not (TikTokOrderStatus.Unpaid or TikTokOrderStatus.OnHold))
        {
            return TikTokControl.Conflict($"Order {orderId} is {order.Status}; only UNPAID or ON_HOLD orders can move to AWAITING_SHIPMENT.");
        }
        var now = TikTokJson.Unix(clock.GetUtcNow());
        if (order.PaidTime is null)
        {
            order.PaidTime = now;
            order.CancelOrderSlaTime = null;
            order.RtsSlaTime = order.ShippingDueTime = now + 2 * 86_400;
            order.TtsSlaTime = order.CollectionDueTime = now + 3 * 86_400;
            order.DeliveryDueTime = now + 7 * 86_400;
        }
        order.IsOnHoldOrder = false;
        if (shipment.Packages.Count == 0)
        {
            db.TikTokPackages.Add(TikTokOrderFactory.NewPackage(account, order, order.LineItems, now));
        }
        TikTokOrderStatus.Move(order, TikTokOrderStatus.AwaitingShipment, now);
        shipment.Save(now);
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(account, [TikTokEventPublisher.OrderStatusChange(order)], ct);
        return TikTokControl.Ok(new { order = new RawJson(shipment.Row.Document) });
    }

    private static async Task<IResult> CancelAsync(string id, string orderId, JsonElement? body, SandboxDbContext db, TikTokEventPublisher events, TimeProvider clock, CancellationToken ct)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        var initiator = body is { } b ? TikTokControl.Property(b, "initiator")?.GetString() ?? "BUYER" : "BUYER";
        if (initiator is not ("BUYER" or "SELLER" or "SYSTEM"))
        {
            return TikTokControl.Invalid("initiator", "initiator must be BUYER, SELLER or SYSTEM.");
        }
        var reason = (body is { } r ? TikTokControl.Property(r, "reason")?.GetString() : null)
            ?? (initiator == "SELLER" ? "Out of stock" : initiator == "SYSTEM" ? "Payment overdue" : "No longer needed");
        var shipment = await TikTokShipment.ForOrderAsync(db, account.Id, orderId, ct);
        if (shipment is null)
        {
            return TikTokControl.OrderNotFound(account, orderId);
        }
        var order = shipment.Order;
        if (order.Status is not (TikTokOrderStatus.Unpaid or TikTokOrderStatus.OnHold or TikTokOrderStatus.AwaitingShipment))
        {
            return TikTokControl.Conflict($"Order {orderId} is {order.Status}; only UNPAID, ON_HOLD or AWAITING_SHIPMENT orders can be cancelled.");
        }
        var now = TikTokJson.Unix(clock.GetUtcNow());
        TikTokOrderStatus.Move(order, TikTokOrderStatus.Cancelled, now);
        order.CancelReason = reason;
        order.CancellationInitiator = initiator;
        order.CancelTime = now;
        foreach (var line in order.LineItems)
        {
            line.CancelReason = reason;
            line.CancelUser = initiator;
            line.PackageStatus = line.PackageId is null ? null : "CANCELLED";
        }
        foreach (var package in shipment.Packages)
        {
            package.Status = "CANCELLED";
            package.UpdateTime = now;
        }
        shipment.Save(now);
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(account, [TikTokEventPublisher.OrderStatusChange(order), TikTokEventPublisher.CancellationStatusChange(order, initiator)], ct);
        return TikTokControl.Ok(new { order = new RawJson(shipment.Row.Document) });
    }

    private static object Package(TikTokPackage p) => new
    {
        id = p.Id,
        status = p.Status,
        line_item_ids = p.LineItems(),
        tracking_number = p.TrackingNumber,
        shipping_provider_id = p.ShippingProviderId,
        shipping_provider_name = p.ShippingProviderName,
        handover_method = p.HandoverMethod,
        shipped_time = p.ShippedTime,
    };
}
