using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Jobs;

/// <summary>Order import from the emulator over HTTP, with the real Connect, webhooks and pull job.</summary>
public class TikTokImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FiveHundredOrdersWithCancellationsAreImportedExactlyOnceWithTheirQuantities()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var control = factory.CreateClient();
        var paid = await shop.CreateOrdersAsync(control, 300, "AWAITING_SHIPMENT");
        await shop.CreateOrdersAsync(control, 100, "UNPAID");
        await shop.CreateOrdersAsync(control, 100, "ON_HOLD", new[] { new { seller_sku = "TEE-CLASSIC-BLK-M", quantity = 3 } });
        foreach (var id in paid.Take(40))
        {
            await shop.CancelAsync(control, id);
        }

        // Webhooks trigger runs in the background; one more explicit run makes the outcome deterministic.
        await RunPullAsync(shop.ConnectionId);
        await factory.WaitForQuietAsync(shop.ConnectionId);
        await RunPullAsync(shop.ConnectionId);

        var expected = await shop.EmulatorOrdersAsync(control);
        var imported = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters()
            .Where(o => o.SourceConnectionId == shop.ConnectionId).Include(o => o.Lines).AsNoTracking().ToListAsync());
        Assert.Equal(500, expected.Count);
        Assert.Equal(500, imported.Count);
        Assert.Equal(500, imported.Select(o => o.SourceOrderId).Distinct().Count());
        foreach (var order in imported)
        {
            var (status, skus) = expected[order.SourceOrderId];
            Assert.Equal(status, order.SourceStatus);
            Assert.Equal(skus.OrderBy(k => k.Key, StringComparer.Ordinal), order.Lines.ToDictionary(l => l.Sku, l => l.Quantity).OrderBy(k => k.Key, StringComparer.Ordinal));
        }
        Assert.Equal(40, imported.Count(o => o.Status == OrderStatus.Canceled));
        Assert.All(imported.Where(o => o.Status == OrderStatus.Canceled), o => Assert.Equal(("BUYER", "Ordered by mistake"), (o.CanceledBy, o.CancelReason)));
        Assert.Equal(100, imported.Count(o => o.Status == OrderStatus.New));
        Assert.Equal(100, imported.Count(o => o.Status == OrderStatus.OnHold));
        Assert.Equal(260, imported.Count(o => o.Status == OrderStatus.ReadyForFulfillment)); // the sandbox hold window is 0
    }

    [Fact]
    public async Task AWebhookAloneBringsANewOrderIn()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId);
        var control = factory.CreateClient();

        var id = (await shop.CreateOrdersAsync(control, 1, "AWAITING_SHIPMENT")).Single();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters().AnyAsync(o => o.SourceOrderId == id)))
        {
            await Task.Delay(100);
        }
        Assert.True(await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters().AnyAsync(o => o.SourceOrderId == id)),
            "The order webhook did not trigger an import within 20 s.");
    }

    [Fact]
    public async Task APullAndWebhookTriggeredRunsRacingMakeNoDuplicates()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var control = factory.CreateClient();
        await shop.CreateOrdersAsync(control, 60, "AWAITING_SHIPMENT");

        await Task.WhenAll(RunPullAsync(shop.ConnectionId), RunPullAsync(shop.ConnectionId), RunPullAsync(shop.ConnectionId));
        await factory.WaitForQuietAsync(shop.ConnectionId);

        var ids = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters()
            .Where(o => o.SourceConnectionId == shop.ConnectionId).Select(o => o.SourceOrderId).ToListAsync());
        Assert.Equal(60, ids.Count);
        Assert.Equal(60, ids.Distinct().Count());
    }

    private Task<int> RunPullAsync(Guid connectionId) => factory.ScopedAsync(async s =>
    {
        await s.GetRequiredService<TikTokOrderPull>().RunAsync(connectionId, CancellationToken.None);
        return 0;
    });
}
