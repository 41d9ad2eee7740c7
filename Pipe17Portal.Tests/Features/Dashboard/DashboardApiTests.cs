using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Shipping;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Dashboard;

public class DashboardApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CountsEachOrderInTheStagesItReachedAndTheOldestStockChangeNotOnTikTok()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var shop = await TikTokConnectionSeed.CreateAsync(factory, owner);
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var sfcc = new Connection { WorkspaceId = owner.WorkspaceId, Kind = ConnectorKind.SalesforceCommerceCloud, DisplayName = "SFCC", Status = ConnectionStatus.Connected };
            db.Connections.Add(sfcc);
            var orders = Enumerable.Range(0, 6).Select(i => new Order
            {
                WorkspaceId = owner.WorkspaceId, SourceConnectionId = shop.Id, SourceOrderId = $"58{i:D8}", SourceStatus = "AWAITING_SHIPMENT",
                Status = i == 5 ? OrderStatus.Canceled : OrderStatus.ReadyForFulfillment, PlacedAt = Start, UpdatedAt = Start, Currency = "USD", SourcePayload = "{}",
            }).ToList();
            db.Orders.AddRange(orders);
            // Orders 0-2 are in Salesforce; 0 and 1 shipped (1 twice); only 0's tracking is confirmed on TikTok; 3 has an open exception.
            foreach (var order in orders.Take(3))
            {
                db.ExternalLinks.Add(new ExternalLink { WorkspaceId = owner.WorkspaceId, ConnectionId = sfcc.Id, EntityType = ExternalLink.OrderEntity, LocalId = order.Id, ExternalId = order.SourceOrderId, ExternalStatus = "new" });
            }
            db.Fulfillments.Add(Shipment(owner.WorkspaceId, sfcc.Id, orders[0], "s1", confirmed: true));
            db.Fulfillments.Add(Shipment(owner.WorkspaceId, sfcc.Id, orders[1], "s1", confirmed: false));
            db.Fulfillments.Add(Shipment(owner.WorkspaceId, sfcc.Id, orders[1], "s2", confirmed: false));
            db.OrderExceptions.Add(new OrderException
            {
                WorkspaceId = owner.WorkspaceId, OrderId = orders[3].Id, ConnectionId = sfcc.Id, Type = OrderExceptionType.UnknownSku,
                Message = "m", Cause = "c", Fix = "f", OpenedAt = Start, LastSeenAt = Start,
            });
            db.ChannelStocks.AddRange(
                new ChannelStock { WorkspaceId = owner.WorkspaceId, ConnectionId = shop.Id, Sku = "A", Computed = 3, Pushed = 3, PushedAt = Start.AddMinutes(5) },
                new ChannelStock { WorkspaceId = owner.WorkspaceId, ConnectionId = shop.Id, Sku = "B", Computed = 4, Pushed = 2, PendingSince = Start.AddMinutes(7) },
                new ChannelStock { WorkspaceId = owner.WorkspaceId, ConnectionId = shop.Id, Sku = "C", Computed = 1, PendingSince = Start.AddMinutes(2), LastError = "rejected" });
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync(owner);

        var summary = await (await client.GetAsync("/api/v1/dashboard")).ReadAsync<DashboardSummary>();

        Assert.Equal(new OrderStages(Imported: 5, InSalesforce: 3, Shipped: 2, TrackingOnChannel: 1, Canceled: 1, WithOpenExceptions: 1), summary.Orders);
        var stock = Assert.Single(summary.Inventory);
        Assert.Equal((shop.Id, true, 3, 2, 1), (stock.ConnectionId, stock.PushInventory, stock.SkusTracked, stock.SkusWaiting, stock.SkusFailing));
        Assert.Equal(Start.AddMinutes(2), stock.OldestWaitingSince);
        Assert.Equal(Start.AddMinutes(5), stock.LastPushedAt);

        // Another workspace sees none of it.
        var other = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var empty = await (await other.GetAsync("/api/v1/dashboard")).ReadAsync<DashboardSummary>();
        Assert.Equal(new OrderStages(0, 0, 0, 0, 0, 0), empty.Orders);
        Assert.Empty(empty.Inventory);
    }

    private static Fulfillment Shipment(Guid workspaceId, Guid sfccId, Order order, string shipmentId, bool confirmed) => new()
    {
        WorkspaceId = workspaceId, OrderId = order.Id, ConnectionId = sfccId, SfccOrderNo = order.SourceOrderId, ShipmentId = shipmentId,
        TrackingNumber = $"1Z{shipmentId}", ShippedAt = Start, CreatedAt = Start, ChannelConfirmedAt = confirmed ? Start : null,
        Lines = [new ShipmentLine { Sku = "A", Quantity = 1 }],
    };
}
