using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// Applies imported orders to the portal: one order per (connection, channel order id), inserted or updated, with a
/// timeline entry for every change. Older channel versions never overwrite newer ones.
/// </summary>
public sealed class OrderBinder(TimeProvider clock)
{
    public sealed record Outcome(int Created, int Updated, int Unchanged);

    public async Task<Outcome> ApplyAsync(PortalDbContext db, Guid workspaceId, Guid connectionId, IReadOnlyList<ImportedOrder> batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(db, workspaceId, connectionId, batch, ct);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another import (a webhook-triggered run, a manual run) inserted some of these orders first; the unique
                // (connection, order id) index refused ours. Start over from what is stored now: those become updates.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Each lost race turns at least one insert into an update, so a few attempts always settle.</summary>
    private const int MaxAttempts = 5;

    private async Task<Outcome> ApplyOnceAsync(PortalDbContext db, Guid workspaceId, Guid connectionId, IReadOnlyList<ImportedOrder> batch, CancellationToken ct)
    {
        var ids = batch.Select(o => o.SourceOrderId).Distinct().ToList();
        var existing = await db.Orders.IgnoreQueryFilters()
            .Include(o => o.Lines)
            .Where(o => o.SourceConnectionId == connectionId && ids.Contains(o.SourceOrderId))
            .ToDictionaryAsync(o => o.SourceOrderId, ct);

        int created = 0, updated = 0, unchanged = 0;
        var now = clock.GetUtcNow();
        foreach (var imported in batch.GroupBy(o => o.SourceOrderId).Select(g => g.MaxBy(o => o.SourceUpdatedAt)!))
        {
            if (!existing.TryGetValue(imported.SourceOrderId, out var order))
            {
                order = new Order
                {
                    WorkspaceId = workspaceId,
                    SourceConnectionId = connectionId,
                    SourceOrderId = imported.SourceOrderId,
                    SourceStatus = imported.SourceStatus,
                    Currency = imported.Currency,
                    SourcePayload = imported.Payload,
                    CreatedAt = now,
                };
                Apply(order, imported, imported.Status, now);
                db.Orders.Add(order);
                OrderTimeline.Add(db, order.Id, now, "Imported", $"Imported from {imported.Channel.Name} as {imported.SourceStatus}: {imported.Lines.Sum(l => l.Quantity)} unit(s), {imported.Total:0.00} {imported.Currency}.", imported.Payload);
                existing[order.SourceOrderId] = order;
                created++;
                continue;
            }
            if (imported.SourceUpdatedAt < order.SourceUpdatedAt
                || (imported.SourceUpdatedAt == order.SourceUpdatedAt && imported.SourceStatus == order.SourceStatus && imported.Status == order.Status))
            {
                unchanged++;
                continue;
            }

            var before = order.Status;
            var beforeSource = order.SourceStatus;
            var status = OrderStatusRules.Resolve(before, imported.Status);
            Apply(order, imported, status, now);
            if (status != before)
            {
                OrderTimeline.Add(db, order.Id, now, status == OrderStatus.Canceled ? "Canceled" : "Status changed", status == OrderStatus.Canceled
                    ? $"Canceled in {imported.Channel.Name} by {imported.CanceledBy ?? "an unknown party"}{(imported.CancelReason is null ? "" : $": {imported.CancelReason}")}."
                    : $"{OrderStatusRules.Label(before)} → {OrderStatusRules.Label(status)} ({imported.Channel.Name}: {beforeSource} → {imported.SourceStatus}).", imported.Payload);
            }
            else
            {
                OrderTimeline.Add(db, order.Id, now, "Updated", $"Updated from {imported.Channel.Name} ({imported.SourceStatus}).", imported.Payload);
            }
            updated++;
        }
        await db.SaveChangesAsync(ct);
        return new Outcome(created, updated, unchanged);
    }

    /// <summary>Moves orders whose hold window has passed to ready for fulfillment.</summary>
    public async Task<int> ReleaseHeldOrdersAsync(PortalDbContext db, Guid connectionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Orders.IgnoreQueryFilters()
            .Where(o => o.SourceConnectionId == connectionId && o.Status == OrderStatus.OnHold && o.HoldUntil != null && o.HoldUntil <= now && o.SourceStatus == "AWAITING_SHIPMENT")
            .ToListAsync(ct);
        foreach (var order in due)
        {
            order.Status = OrderStatus.ReadyForFulfillment;
            order.UpdatedAt = now;
            OrderTimeline.Add(db, order.Id, now, "Status changed", $"{OrderStatusRules.Label(OrderStatus.OnHold)} → {OrderStatusRules.Label(OrderStatus.ReadyForFulfillment)}: the hold window ended at {order.HoldUntil:yyyy-MM-dd HH:mm} UTC.");
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private static void Apply(Order order, ImportedOrder imported, OrderStatus status, DateTimeOffset now)
    {
        order.SourceStatus = imported.SourceStatus;
        order.Status = status;
        order.PlacedAt = imported.PlacedAt;
        order.PaidAt = imported.PaidAt;
        order.SourceUpdatedAt = imported.SourceUpdatedAt;
        order.HoldUntil = imported.HoldUntil;
        order.Currency = imported.Currency;
        order.Subtotal = imported.Subtotal;
        order.ShippingFee = imported.ShippingFee;
        order.Tax = imported.Tax;
        order.Discount = imported.Discount;
        order.Total = imported.Total;
        order.PaymentMethod = imported.PaymentMethod;
        order.ShippingOptionId = imported.ShippingOptionId;
        order.ShippingOptionName = imported.ShippingOptionName;
        order.ShippingAddress = imported.ShippingAddress;
        order.BuyerEmail = imported.BuyerEmail;
        order.BuyerReference = imported.BuyerReference;
        order.BuyerCompany = imported.Buyer.Company;
        order.BuyerEmailIdentifiesBuyer = imported.Buyer.EmailIdentifiesBuyer;
        order.ChannelName = imported.Channel.Name;
        order.ChannelCode = imported.Channel.Code;
        order.CanceledAt = imported.CanceledAt;
        order.CanceledBy = imported.CanceledBy;
        order.CancelReason = imported.CancelReason;
        order.SourcePayload = imported.Payload;
        order.UpdatedAt = now;

        // Lines are replaced by SKU so quantities always equal what the channel says now.
        var bySku = order.Lines.ToDictionary(l => l.Sku, StringComparer.Ordinal);
        order.Lines.RemoveAll(l => imported.Lines.All(i => i.Sku != l.Sku));
        foreach (var line in imported.Lines)
        {
            if (!bySku.TryGetValue(line.Sku, out var target))
            {
                target = new OrderLine { OrderId = order.Id, Sku = line.Sku, Name = line.Name, SourceLineIds = line.SourceLineIds };
                order.Lines.Add(target);
            }
            target.Name = line.Name;
            target.VariantName = line.VariantName;
            target.SourceProductId = line.SourceProductId;
            target.SourceSkuId = line.SourceSkuId;
            target.Quantity = line.Quantity;
            target.CanceledQuantity = line.CanceledQuantity;
            target.UnitPrice = line.UnitPrice;
            target.Discount = line.Discount;
            target.Total = line.Total;
            target.SourceLineIds = line.SourceLineIds;
        }
    }
}
