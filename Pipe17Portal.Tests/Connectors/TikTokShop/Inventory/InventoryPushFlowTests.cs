using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Inventory;

/// <summary>SFCC stock (warehouse + store) into the sandbox TikTok shop through the real pull and push flows.</summary>
public class InventoryPushFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sku = "TEE-CLASSIC-BLK-M";

    [Fact]
    public async Task AStockChangeInSfccReachesTikTokAsTheSumOfItsLocations()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        var site = await sandbox.SiteAsync();
        await sandbox.SetSfccStockAsync(Sku, 30);
        await sandbox.SetSfccStockAsync(Sku, 5, $"{site}-store");
        await sandbox.PullAsync();
        await sandbox.PushAsync();
        Assert.Equal(35, await sandbox.TikTokQuantityAsync(Sku));

        await sandbox.SetSfccStockAsync(Sku, 2, $"{site}-store");
        await sandbox.PullAsync(); // the change feed this time
        await sandbox.PushAsync();
        Assert.Equal(32, await sandbox.TikTokQuantityAsync(Sku));
        var stock = (await sandbox.StocksAsync()).Single(s => s.Sku == Sku);
        Assert.Equal((32, 32, (DateTimeOffset?)null, (string?)null), (stock.Computed, stock.Pushed, stock.PendingSince, stock.LastError));
        Assert.NotNull(stock.PushedAt);
    }

    /// <summary>Found by the soak: TikTok holds 0–99,999 of a SKU, so more stock than that was refused on every push.</summary>
    [Fact]
    public async Task StockAboveTikTokMaximumIsOfferedAsTheMaximum()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        await sandbox.SetSfccStockAsync(Sku, 150_000, 0);
        await sandbox.PullAsync();
        await sandbox.PushAsync();

        Assert.Equal(99_999, await sandbox.TikTokQuantityAsync(Sku));
        var stock = (await sandbox.StocksAsync()).Single(s => s.Sku == Sku);
        Assert.Equal((99_999, 99_999, (DateTimeOffset?)null, (string?)null), (stock.Computed, stock.Pushed, stock.PendingSince, stock.LastError));
    }

    [Fact]
    public async Task OnlyChangedQuantitiesAreSentAgain()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        await sandbox.PullAsync();
        await sandbox.PushAsync();
        var before = (await sandbox.StocksAsync()).ToDictionary(s => s.Sku);
        Assert.NotEmpty(before);
        Assert.All(before.Values, s => Assert.Equal(s.Computed, s.Pushed));

        await sandbox.SetSfccStockAsync(Sku, before[Sku].Computed + 7, 0);
        await sandbox.PullAsync();
        await sandbox.PushAsync();

        var after = (await sandbox.StocksAsync()).ToDictionary(s => s.Sku);
        Assert.Equal(before[Sku].Computed + 7, after[Sku].Pushed);
        Assert.True(after[Sku].PushedAt > before[Sku].PushedAt);
        var resent = after.Values.Where(s => s.Sku != Sku && s.PushedAt != before[s.Sku].PushedAt).Select(s => s.Sku).ToList();
        Assert.Empty(resent);
        Assert.Equal(before[Sku].Computed + 7, await sandbox.TikTokQuantityAsync(Sku));
    }

    [Fact]
    public async Task ASkuTikTokRefusesIsRecordedAndDoesNotHoldBackTheOtherSkusOfItsProduct()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        await sandbox.PullAsync();
        await sandbox.PushAsync();
        var stocks = await sandbox.StocksAsync();
        var product = stocks.GroupBy(s => s.ChannelProductId).First(g => g.Count() >= 2);
        var (broken, healthy) = (product.First(), product.Skip(1).First());

        // The portal's record of the first SKU's warehouse is wrong (as after a warehouse change on TikTok): TikTok refuses it.
        await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ChannelStocks.IgnoreQueryFilters().Where(c => c.Id == broken.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ChannelWarehouseIds, "7000000000000000001")));
        await sandbox.SetSfccStockAsync(broken.Sku, broken.Computed + 3, 0);
        await sandbox.SetSfccStockAsync(healthy.Sku, healthy.Computed + 4, 0);
        await sandbox.PullAsync();
        await sandbox.PushAsync();

        var after = (await sandbox.StocksAsync()).ToDictionary(s => s.Sku);
        Assert.Equal(healthy.Computed + 4, after[healthy.Sku].Pushed);
        Assert.Null(after[healthy.Sku].LastError);
        Assert.Equal(healthy.Computed + 4, await sandbox.TikTokQuantityAsync(healthy.Sku));
        Assert.Equal(broken.Computed, after[broken.Sku].Pushed); // the old quantity stays the last one TikTok accepted
        Assert.NotNull(after[broken.Sku].PendingSince);
        Assert.Contains("12052010", after[broken.Sku].LastError);
        Assert.Equal(broken.Computed, await sandbox.TikTokQuantityAsync(broken.Sku));

        var item = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters()
            .SingleAsync(w => w.ConnectionId == sandbox.TikTokId && w.IdempotencyKey == "inventory:" + broken.ChannelProductId));
        Assert.Equal(Pipe17Portal.Client.Api.Contracts.PushState.Pending, item.State); // retried later, for the refused SKU only
    }
}
