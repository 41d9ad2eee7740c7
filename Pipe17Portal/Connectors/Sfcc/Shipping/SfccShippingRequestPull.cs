using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Shipping;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>
/// The "shipping requests from Salesforce" flow (DESIGN §5.4; SFCC has no such object): SFCC orders ready for the warehouse
/// (placed, export ready or not exported, nothing shipped) become one shipping request per shipment on the portal order
/// the portal pushed, and the order moves on to Sent to fulfillment. Orders that later ship or are cancelled update their
/// requests. Read-only toward SFCC; by last-modified cursor with an overlap, so re-reads change nothing.
/// </summary>
public sealed class SfccShippingRequestPull(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccLink link,
    SfccClientFactory clients,
    SfccOrderFeed feed,
    SfccLinkedOrders linkedOrders,
    SyncRunRecorder recorder,
    TimeProvider clock,
    ILogger<SfccShippingRequestPull> logger)
{
    public const string Flow = "SFCC shipping request pull";

    /// <summary>Ready for the warehouse, as SFCC.md §8 defines it.</summary>
    public static readonly ScapiOrderQuery Ready = new() { Status = "new", ExportStatus = "ready,not_exported", ShippingStatus = "not_shipped" };
    /// <summary>Orders whose requests may have moved on: shipped in part or whole, or cancelled.</summary>
    public static readonly IReadOnlyList<ScapiOrderQuery> MovedOn = [new() { ShippingStatus = "part_shipped,shipped" }, new() { Status = "cancelled" }];

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        SfccFlowStart? start;
        await using (var setup = await dbFactory.CreateDbContextAsync(ct))
        {
            start = await link.StartAsync(setup, connectionId, s => s.PullShippingRequests, ct);
        }
        if (start is null)
        {
            logger.LogInformation("SFCC shipping request pull skipped for {ConnectionId}: not connected or the pull is off.", connectionId);
            return;
        }
        var connection = start.Connection;
        var client = clients.For(start.Context);
        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            counts.Processed = await feed.ReadAsync(connection, client, Flow, [Ready, .. MovedOn], async (page, t) =>
            {
                var (created, updated) = await RecordAsync(connection, page, t);
                counts.Succeeded += created + updated;
            }, token);
        }, ct);
    }

    /// <summary>Upserts the requests of one page; returns how many were created and how many changed.</summary>
    private async Task<(int Created, int Updated)> RecordAsync(Connection connection, IReadOnlyList<ScapiOrder> page, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var linked = await linkedOrders.FindAsync(db, connection, page, ct);
        if (linked.Count == 0)
        {
            return (0, 0);
        }
        var numbers = linked.Select(l => l.Sfcc.OrderNo).ToList();
        var existing = await db.ShippingRequests.IgnoreQueryFilters()
            .Where(r => r.ConnectionId == connection.Id && numbers.Contains(r.SfccOrderNo)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var order in linked)
        {
            var sfcc = order.Sfcc;
            var mine = existing.Where(r => r.SfccOrderNo == sfcc.OrderNo).ToList();
            var ready = IsReady(sfcc);
            if (!ready && mine.Count == 0)
            {
                continue; // shipped or cancelled before it was ever ready for the warehouse here: nothing to follow
            }
            var opened = new List<string>();
            foreach (var shipment in order.Shipments())
            {
                var status = sfcc.Status == "cancelled" ? ShippingRequest.Canceled : shipment.IsShipped ? ShippingRequest.Shipped : ShippingRequest.Open;
                var request = mine.FirstOrDefault(r => r.ShipmentId == shipment.ShipmentId);
                if (request is null)
                {
                    request = new ShippingRequest
                    {
                        WorkspaceId = order.Order.WorkspaceId, OrderId = order.Order.Id, ConnectionId = connection.Id,
                        SfccOrderNo = sfcc.OrderNo, ShipmentId = shipment.ShipmentId, CreatedAt = now,
                    };
                    db.ShippingRequests.Add(request);
                    created++;
                    if (status == ShippingRequest.Open)
                    {
                        opened.Add(shipment.ShipmentNo ?? shipment.ShipmentId);
                    }
                }
                else if (request.Status == status && request.ExportStatus == sfcc.ExportStatus && request.ShippingMethodId == shipment.ShippingMethodId
                    && SameLines(request.Lines, shipment.Lines))
                {
                    continue;
                }
                else
                {
                    updated++;
                    if (request.Status != status)
                    {
                        OrderTimeline.Add(db, order.Order.Id, now, "Salesforce",
                            $"Shipping request {sfcc.OrderNo} / {shipment.ShipmentNo ?? shipment.ShipmentId}: {request.Status} → {status}.");
                    }
                }
                request.ShipmentNo = shipment.ShipmentNo;
                request.ShippingMethodId = shipment.ShippingMethodId;
                request.Status = status;
                request.ExportStatus = sfcc.ExportStatus;
                request.Lines = [.. shipment.Lines];
                request.SfccModifiedAt = sfcc.LastModified ?? now;
                request.UpdatedAt = now;
            }
            if (opened.Count > 0)
            {
                OrderTimeline.Add(db, order.Order.Id, now, "Salesforce",
                    $"Ready for the warehouse in Salesforce: shipping request(s) {string.Join(", ", opened)} of order {sfcc.OrderNo} recorded.");
            }
            if (ready)
            {
                await MoveToSentAsync(db, order.Order, sfcc.OrderNo, now, ct);
            }
        }
        await db.SaveChangesAsync(ct);
        return (created, updated);
    }

    /// <summary>Sent to fulfillment, only forward (never back from fulfilled or canceled), conditional on the status read now.</summary>
    private static async Task MoveToSentAsync(PortalDbContext db, Order order, string orderNo, DateTimeOffset now, CancellationToken ct)
    {
        var current = await db.Orders.IgnoreQueryFilters().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(ct);
        if (OrderStatusRules.Advance(current, OrderStatus.SentToFulfillment) == current)
        {
            return;
        }
        var moved = await db.Orders.IgnoreQueryFilters().Where(o => o.Id == order.Id && o.Status == current)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.SentToFulfillment).SetProperty(o => o.UpdatedAt, now)
                .SetProperty(o => o.Version, o => o.Version + 1), ct);
        if (moved == 1)
        {
            OrderTimeline.Add(db, order.Id, now, "Status changed",
                $"{OrderStatusRules.Label(current)} → {OrderStatusRules.Label(OrderStatus.SentToFulfillment)}: Salesforce order {orderNo} is ready for the warehouse.");
        }
    }

    public static bool IsReady(ScapiOrder order) =>
        order.Status == "new" && order.ExportStatus is "ready" or "not_exported" && order.ShippingStatus == "not_shipped";

    private static bool SameLines(IReadOnlyList<ShipmentLine> a, IReadOnlyList<ShipmentLine> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Sku == p.Second.Sku && p.First.Quantity == p.Second.Quantity);
}
