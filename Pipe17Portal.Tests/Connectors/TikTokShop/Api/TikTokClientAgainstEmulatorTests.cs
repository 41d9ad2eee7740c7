using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

/// <summary>The real client, built the way the portal builds it, against the emulator over HTTP.</summary>
public class TikTokClientAgainstEmulatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ATokenAboutToExpireIsRefreshedAndStoredBeforeTheCall()
    {
        var shop = await SandboxShop.ConnectAsync(factory, (control, account) =>
            control.PutAsJsonAsync($"/sandbox/_control/accounts/{account}/tiktok/token-lifetime", new { access_token_seconds = 120 }));
        var before = await TokensAsync(shop);

        var shops = await WithClientAsync(shop, c => c.GetAuthorizedShopsAsync());

        Assert.True(shops.IsSuccess, shops.ToString());
        var after = await TokensAsync(shop);
        Assert.NotEqual(before!.AccessToken, after!.AccessToken);
    }

    [Fact]
    public async Task ARateLimitedCallIsRetriedUntilItSucceeds()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var control = factory.CreateClient();
        (await control.PutAsJsonAsync($"/sandbox/_control/accounts/{shop.AccountId}/tiktok/rate-limit", new { requests_per_second = 1 })).EnsureSuccessStatusCode();

        var results = await WithClientAsync(shop, async c => new[] { await c.GetWarehousesAsync(), await c.GetWarehousesAsync(), await c.GetWarehousesAsync() });

        Assert.All(results, r => Assert.True(r.IsSuccess, r.ToString()));
    }

    [Fact]
    public async Task SearchFollowsPageTokensToTheEnd()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var created = await shop.CreateOrdersAsync(factory.CreateClient(), 35, "UNPAID");

        var pages = await WithClientAsync(shop, async c =>
        {
            var all = new List<TikTokResult<TikTokOrderPage>>();
            await foreach (var page in c.SearchAllOrdersAsync(new TikTokOrderSearchFilter { OrderStatus = "UNPAID" }, new TikTokOrderSearchOptions(10)))
            {
                all.Add(page);
            }
            return all;
        });

        Assert.Equal(4, pages.Count);
        Assert.All(pages, p => Assert.True(p.IsSuccess, p.ToString()));
        Assert.Equal(created.Order(), pages.SelectMany(p => p.Data!.Orders).Select(o => o.Id).Order());
        Assert.Equal(35, pages[0].Data!.TotalCount);
    }

    [Fact]
    public async Task InventoryUpdatesReportEachRefusedSkuWhileTheCallSucceeds()
    {
        var shop = await SandboxShop.ConnectAsync(factory);

        var result = await WithClientAsync(shop, async c =>
        {
            var products = await c.SearchProductsAsync(new TikTokProductSearchFilter { Status = "ACTIVATE" }, 10);
            Assert.True(products.IsSuccess, products.ToString());
            var (first, second) = (products.Data!.Products[0], products.Data.Products[1]);
            var own = first.Skus[0];
            var foreign = second.Skus[0];
            return await c.UpdateInventoryAsync(first.Id, new TikTokInventoryUpdateRequest(
            [
                new TikTokSkuInventory(own.Id, [.. own.Inventory.Select(i => new TikTokInventoryQuantity(7, i.WarehouseId))]),
                new TikTokSkuInventory(foreign.Id, [new TikTokInventoryQuantity(7, foreign.Inventory[0].WarehouseId)]),
            ]));
        });

        Assert.True(result.IsSuccess, result.ToString());
        var refused = Assert.Single(result.Data!.Errors);
        Assert.NotNull(refused.Detail?.SkuId);
    }

    private Task<TikTokTokens?> TokensAsync(SandboxShop shop) =>
        factory.ScopedAsync(s => s.GetRequiredService<ITikTokTokenStore>().GetAsync(shop.ConnectionId, CancellationToken.None));

    private Task<T> WithClientAsync<T>(SandboxShop shop, Func<TikTokShopClient, Task<T>> use) => factory.ScopedAsync(async s =>
    {
        var connection = await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == shop.ConnectionId);
        return await use(await s.GetRequiredService<TikTokShopLink>().ClientAsync(connection, CancellationToken.None));
    });
}
