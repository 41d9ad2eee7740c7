using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Domain.Orders;

public class OrderBinderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ImportingTheSameOrdersTwiceKeepsOneOrderEach()
    {
        var (owner, connectionId) = await SetUpAsync();
        var batch = Enumerable.Range(1, 30).Select(i => Imported($"A{i}", "AWAITING_SHIPMENT", OrderStatus.ReadyForFulfillment, T0, quantity: i % 4 + 1)).ToList();

        var first = await ApplyAsync(owner, connectionId, batch);
        var second = await ApplyAsync(owner, connectionId, batch);

        Assert.Equal((30, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 30), (second.Created, second.Updated, second.Unchanged));
        var orders = await OrdersAsync(connectionId);
        Assert.Equal(30, orders.Count);
        Assert.Equal(batch.Sum(o => o.Lines.Sum(l => l.Quantity)), orders.Sum(o => o.Lines.Sum(l => l.Quantity)));
    }

    [Fact]
    public async Task TwoImportersRacingOnTheSameOrdersNeverDuplicateThem()
    {
        var (owner, connectionId) = await SetUpAsync();
        var batch = Enumerable.Range(1, 40).Select(i => Imported($"R{i}", "AWAITING_SHIPMENT", OrderStatus.ReadyForFulfillment, T0)).ToList();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => ApplyAsync(owner, connectionId, batch))));

        Assert.Equal(40, (await OrdersAsync(connectionId)).Count);
        Assert.Equal(40, outcomes.Sum(o => o.Created));
    }

    [Fact]
    public async Task ACancellationUpdatesTheOrderAndItsTimelineButOlderVersionsAreIgnored()
    {
        var (owner, connectionId) = await SetUpAsync();
        await ApplyAsync(owner, connectionId, [Imported("C1", "AWAITING_SHIPMENT", OrderStatus.ReadyForFulfillment, T0)]);

        var canceled = Imported("C1", "CANCELLED", OrderStatus.Canceled, T0.AddMinutes(5)) with { CanceledBy = "BUYER", CancelReason = "Changed my mind", CanceledAt = T0.AddMinutes(5) };
        await ApplyAsync(owner, connectionId, [canceled]);
        var stale = await ApplyAsync(owner, connectionId, [Imported("C1", "AWAITING_SHIPMENT", OrderStatus.ReadyForFulfillment, T0.AddMinutes(1))]);

        var order = Assert.Single(await OrdersAsync(connectionId));
        Assert.Equal(1, stale.Unchanged);
        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(("BUYER", "Changed my mind"), (order.CanceledBy, order.CancelReason));
        Assert.Equal(["Imported", "Canceled"], order.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Kind));
    }

    [Fact]
    public async Task HeldOrdersAreReleasedWhenTheirWindowEnds()
    {
        var (owner, connectionId) = await SetUpAsync();
        var held = Imported("H1", "AWAITING_SHIPMENT", OrderStatus.OnHold, T0) with { HoldUntil = DateTimeOffset.UtcNow.AddMinutes(-1) };
        var stillHeld = Imported("H2", "AWAITING_SHIPMENT", OrderStatus.OnHold, T0) with { HoldUntil = DateTimeOffset.UtcNow.AddHours(1) };
        await ApplyAsync(owner, connectionId, [held, stillHeld]);

        var released = await factory.ScopedAsync(s => s.GetRequiredService<OrderBinder>().ReleaseHeldOrdersAsync(s.GetRequiredService<PortalDbContext>(), connectionId, CancellationToken.None));

        Assert.Equal(1, released);
        var statuses = (await OrdersAsync(connectionId)).ToDictionary(o => o.SourceOrderId, o => o.Status);
        Assert.Equal(OrderStatus.ReadyForFulfillment, statuses["H1"]);
        Assert.Equal(OrderStatus.OnHold, statuses["H2"]);
    }

    private async Task<(TestMember Owner, Guid ConnectionId)> SetUpAsync()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        return (owner, connection.Id);
    }

    private Task<OrderBinder.Outcome> ApplyAsync(TestMember owner, Guid connectionId, IReadOnlyList<ImportedOrder> batch) =>
        factory.ScopedAsync(s => s.GetRequiredService<OrderBinder>().ApplyAsync(s.GetRequiredService<PortalDbContext>(), owner.WorkspaceId, connectionId, batch, CancellationToken.None));

    private Task<List<Order>> OrdersAsync(Guid connectionId) => factory.ScopedAsync(s =>
        s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters().Include(o => o.Lines).Include(o => o.Events)
            .Where(o => o.SourceConnectionId == connectionId).ToListAsync());

    private static ImportedOrder Imported(string id, string sourceStatus, OrderStatus status, DateTimeOffset updated, int quantity = 1) => new(
        id, sourceStatus, status, T0.AddHours(-1), T0.AddMinutes(-50), updated, null, "USD", 10m * quantity, 0, 0, 0, 10m * quantity, "Card", "opt-1", "Standard shipping",
        new ShippingAddress { Name = "J*** D**", CountryCode = "US" }, "relay@scs.tiktok.com", "user-1", null, null, null,
        [new ImportedOrderLine("SKU-1", "Tee", null, "p1", "s1", quantity, 0, 10m, 0, 10m * quantity, string.Join(",", Enumerable.Range(1, quantity)))],
        $$"""{"id":"{{id}}"}""", new OrderChannel("TikTok Shop", "tiktok"), new BuyerFacts(null, EmailIdentifiesBuyer: false));
}
