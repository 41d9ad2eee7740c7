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
/// The "fulfillments from Salesforce" flow (DESIGN §5.5): SFCC orders shipped in part or whole, by last-modified cursor
/// with an overlap. Each shipped shipment with a tracking number becomes one Fulfillment (carrier from c_carrierCode,
/// method, lines, ship date) however often it is read — the unique (connection, order no, shipment) index holds that —
/// and the order becomes Partially fulfilled or Fulfilled by its shipped units. The channels that push fulfillments are
/// told at once. A run that finds nothing changed reads one short page and records nothing.
/// </summary>
public sealed class SfccFulfillmentPull(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccLink link,
    SfccClientFactory clients,
    SfccOrderFeed feed,
    SfccLinkedOrders linkedOrders,
    IEnumerable<IFulfillmentListener> listeners,
    SyncRunRecorder recorder,
    SyncCursors cursors,
    Microsoft.Extensions.Options.IOptions<ShippingPullOptions> options,
    TimeProvider clock,
    ILogger<SfccFulfillmentPull> logger)
{
    public const string Flow = "SFCC fulfillment pull";

    public static readonly ScapiOrderQuery Shipped = new() { ShippingStatus = "shipped,part_shipped" };

    public async Task RunAsync(Guid connectionId, CancellationToken ct)
    {
        SfccFlowStart? start;
        await using (var setup = await dbFactory.CreateDbContextAsync(ct))
        {
            start = await link.StartAsync(setup, connectionId, s => s.PullFulfillments, ct);
        }
        if (start is null)
        {
            logger.LogInformation("SFCC fulfillment pull skipped for {ConnectionId}: not connected or the pull is off.", connectionId);
            return;
        }
        var connection = start.Connection;
        var client = clients.For(start.Context);

        // Polled every few seconds: a run only counts (and is recorded) when SFCC has changed orders to read.
        var since = (await cursors.ReadTimeAsync(connection.Id, Flow, ct))?.AddSeconds(-options.Value.OverlapSeconds);
        var probe = await client.Orders.ListAsync(Shipped with
        {
            LastModifiedDateFrom = since?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            Limit = 1,
        }, ct);
        if (probe.IsSuccess && probe.Data.Data.Count == 0)
        {
            return;
        }

        await recorder.RunAsync(connection.WorkspaceId, connection.Id, Flow, async (counts, token) =>
        {
            counts.Processed = await feed.ReadAsync(connection, client, Flow, [Shipped], async (page, t) =>
            {
                var added = await RecordAsync(connection, page, t);
                counts.Succeeded += added.Count;
                // Told page by page, so the channel push starts on the first shipments while later pages are read.
                foreach (var workspace in added.GroupBy(r => r.Workspace))
                {
                    foreach (var listener in listeners)
                    {
                        await listener.FulfillmentsRecordedAsync(workspace.Key, [.. workspace.Select(r => r.Id)], t);
                    }
                }
            }, token);
            counts.Expected = counts.Processed;
        }, ct);
    }

    /// <summary>Records the page's new fulfillments and moves their orders on; returns the fulfillments added.</summary>
    private async Task<List<(Guid Workspace, Guid Id)>> RecordAsync(Connection connection, IReadOnlyList<ScapiOrder> page, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordOnceAsync(connection, page, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A manual run beside the scheduled one recorded some of them first: start over from what is stored now.
            }
        }
    }

    private async Task<List<(Guid Workspace, Guid Id)>> RecordOnceAsync(Connection connection, IReadOnlyList<ScapiOrder> page, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var linked = await linkedOrders.FindAsync(db, connection, page, ct);
        if (linked.Count == 0)
        {
            return [];
        }
        var numbers = linked.Select(l => l.Sfcc.OrderNo).ToList();
        var known = await db.Fulfillments.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.ConnectionId == connection.Id && numbers.Contains(f.SfccOrderNo)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        List<Fulfillment> added = [];
        List<(Order Order, string OrderNo, List<ShipmentLine> Shipped)> progressed = [];
        foreach (var order in linked)
        {
            var sfcc = order.Sfcc;
            var mine = known.Where(k => k.SfccOrderNo == sfcc.OrderNo).ToList();
            var fresh = order.Shipments()
                .Where(s => s.IsShipped && s.TrackingNumber is not null && mine.All(k => k.ShipmentId != s.ShipmentId))
                .Select(s => new Fulfillment
                {
                    WorkspaceId = order.Order.WorkspaceId, OrderId = order.Order.Id, ConnectionId = connection.Id,
                    SfccOrderNo = sfcc.OrderNo, ShipmentId = s.ShipmentId, ShipmentNo = s.ShipmentNo, Carrier = s.Carrier,
                    ShippingMethodId = s.ShippingMethodId, TrackingNumber = s.TrackingNumber!, Lines = [.. s.Lines],
                    ShippedAt = sfcc.LastModified ?? now, CreatedAt = now,
                }).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }
            db.Fulfillments.AddRange(fresh);
            added.AddRange(fresh);
            foreach (var f in fresh)
            {
                var units = string.Join(", ", f.Lines.Select(l => $"{l.Quantity} × {l.Sku}"));
                OrderTimeline.Add(db, order.Order.Id, now, "Salesforce",
                    $"Shipped in Salesforce: {sfcc.OrderNo} / {f.ShipmentNo ?? f.ShipmentId} with {f.Carrier ?? f.ShippingMethodId ?? "no carrier"} tracking {f.TrackingNumber} ({units}).");
            }
            progressed.Add((order.Order, sfcc.OrderNo, [.. mine.SelectMany(k => k.Lines), .. fresh.SelectMany(f => f.Lines)]));
        }
        if (added.Count == 0)
        {
            return [];
        }
        await db.SaveChangesAsync(ct);
        foreach (var (order, orderNo, shipped) in progressed)
        {
            await AdvanceAsync(db, order, orderNo, shipped, now, ct);
        }
        await db.SaveChangesAsync(ct);
        return [.. added.Select(f => (f.WorkspaceId, f.Id))];
    }

    /// <summary>Partially fulfilled or Fulfilled by the units shipped so far; forward only, conditional on the status read now.</summary>
    private static async Task AdvanceAsync(PortalDbContext db, Order order, string orderNo, List<ShipmentLine> shipped, DateTimeOffset now, CancellationToken ct)
    {
        if (FulfillmentProgress.StatusFor(order.Lines, shipped) is not { } reached)
        {
            return;
        }
        var current = await db.Orders.IgnoreQueryFilters().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(ct);
        var next = OrderStatusRules.Advance(current, reached);
        if (next == current)
        {
            return;
        }
        var moved = await db.Orders.IgnoreQueryFilters().Where(o => o.Id == order.Id && o.Status == current)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, next).SetProperty(o => o.UpdatedAt, now).SetProperty(o => o.Version, o => o.Version + 1), ct);
        if (moved == 1)
        {
            OrderTimeline.Add(db, order.Id, now, "Status changed",
                $"{OrderStatusRules.Label(current)} → {OrderStatusRules.Label(next)}: {shipped.Sum(l => l.Quantity)} unit(s) shipped in Salesforce order {orderNo}.");
        }
    }
}
