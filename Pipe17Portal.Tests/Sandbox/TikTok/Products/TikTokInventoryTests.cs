using System.Net;
using System.Text.Json;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Products;

public class TikTokInventoryTests(TikTokFactory factory) : IClassFixture<TikTokFactory>
{
    [Fact]
    public async Task TheShopIsSeededWithTheCatalogAndItsNearMisses()
    {
        var shop = await TestShop.CreateAsync(factory, authorize: false);

        var inventory = await InventoryAsync(shop);

        var skus = inventory.Select(i => i.GetProperty("seller_sku").GetString()!).ToHashSet();
        Assert.Contains("TEE-CLASSIC-BLK-M", skus);
        Assert.Contains("tee-classic-wht-s", skus);
        Assert.Contains("HOOD-ZIP-GRY-L ", skus);
        Assert.DoesNotContain("TEE-CLASSIC-WHT-S", skus);
        Assert.True(Pipe17Portal.Sandbox.SandboxCatalog.Variants.Count() >= 40);
        Assert.Equal(2, inventory.Select(i => i.GetProperty("warehouse_id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task EachSkuSucceedsOrFailsOnItsOwnUnderCodeZero()
    {
        var shop = await TestShop.CreateAsync(factory);
        var product = await ProductWithAsync(shop, "TEE-CLASSIC-BLK-M");
        var skus = product.GetProperty("skus").EnumerateArray().ToList();
        var good = skus[0];
        var bad = skus[1];
        var goodWarehouses = good.GetProperty("inventory").EnumerateArray().Select(i => i.GetProperty("warehouse_id").GetString()!).ToList();
        Assert.Equal(2, goodWarehouses.Count);

        var reply = await shop.OkAsync(HttpMethod.Post, $"/product/202309/products/{product.GetProperty("id").GetString()}/inventory/update", body: new
        {
            skus = new object[]
            {
                new { id = good.GetProperty("id").GetString(), inventory = goodWarehouses.Select(w => new { warehouse_id = w, quantity = 0 }) },
                new { id = bad.GetProperty("id").GetString(), inventory = new[] { new { warehouse_id = goodWarehouses[0], quantity = 7 } } },
            },
        });

        var error = Assert.Single(reply.GetProperty("data").GetProperty("errors").EnumerateArray());
        Assert.Equal(12052990, error.GetProperty("code").GetInt32());
        Assert.Equal(bad.GetProperty("id").GetString(), error.GetProperty("detail").GetProperty("sku_id").GetString());
        var extra = Assert.Single(error.GetProperty("detail").GetProperty("extra_errors").EnumerateArray());
        Assert.Equal(goodWarehouses[1], extra.GetProperty("warehouse_id").GetString());
        var inventory = await InventoryAsync(shop);
        Assert.All(inventory.Where(i => i.GetProperty("sku_id").GetString() == good.GetProperty("id").GetString()), i => Assert.Equal(0, i.GetProperty("quantity").GetInt32()));
        Assert.All(inventory.Where(i => i.GetProperty("sku_id").GetString() == bad.GetProperty("id").GetString()), i => Assert.NotEqual(7, i.GetProperty("quantity").GetInt32()));
    }

    [Fact]
    public async Task ASkuOfAnotherProductIsAPerSkuError()
    {
        var shop = await TestShop.CreateAsync(factory);
        var product = await ProductWithAsync(shop, "MUG-CERAMIC-WHT-OS");
        var other = await ProductWithAsync(shop, "CAP-DAD-NVY-OS");
        var foreignSku = other.GetProperty("skus")[0].GetProperty("id").GetString();

        var reply = await shop.OkAsync(HttpMethod.Post, $"/product/202309/products/{product.GetProperty("id").GetString()}/inventory/update", body: new
        {
            skus = new[] { new { id = foreignSku, inventory = new[] { new { quantity = 3 } } } },
        });

        Assert.Equal(foreignSku, reply.GetProperty("data").GetProperty("errors")[0].GetProperty("detail").GetProperty("sku_id").GetString());
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(-1)]
    public async Task AQuantityOutOfRangeIs12052055(int quantity)
    {
        var shop = await TestShop.CreateAsync(factory);
        var product = await ProductWithAsync(shop, "MUG-CERAMIC-WHT-OS");
        var sku = product.GetProperty("skus")[0];

        var (_, reply) = await shop.SendAsync(HttpMethod.Post, $"/product/202309/products/{product.GetProperty("id").GetString()}/inventory/update",
            body: JsonSerializer.Serialize(new { skus = new[] { new { id = sku.GetProperty("id").GetString(), inventory = new[] { new { quantity } } } } }));

        Assert.Equal(12052055, reply.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task AValidUpdateShowsInSearchAndTheControlApi()
    {
        var shop = await TestShop.CreateAsync(factory);
        var product = await ProductWithAsync(shop, "MUG-CERAMIC-WHT-OS");
        var sku = product.GetProperty("skus").EnumerateArray().Single(s => s.GetProperty("seller_sku").GetString() == "MUG-CERAMIC-WHT-OS");
        var skuId = sku.GetProperty("id").GetString()!;

        await shop.OkAsync(HttpMethod.Post, $"/product/202309/products/{product.GetProperty("id").GetString()}/inventory/update",
            body: new { skus = new[] { new { id = skuId, inventory = new[] { new { quantity = 99_999 } } } } });

        var search = await shop.OkAsync(HttpMethod.Post, "/product/202309/inventory/search", body: new { sku_ids = new[] { skuId } });
        Assert.Equal(99_999, search.GetProperty("data").GetProperty("inventory")[0].GetProperty("skus")[0].GetProperty("total_available_quantity").GetInt32());
        Assert.Equal(99_999, (await InventoryAsync(shop)).Single(i => i.GetProperty("seller_sku").GetString() == "MUG-CERAMIC-WHT-OS").GetProperty("quantity").GetInt32());
    }

    private static async Task<JsonElement> ProductWithAsync(TestShop shop, string sellerSku)
    {
        var reply = await shop.OkAsync(HttpMethod.Post, "/product/202309/products/search", new() { ["page_size"] = "10" }, new { seller_skus = new[] { sellerSku } });
        var id = Assert.Single(reply.GetProperty("data").GetProperty("products").EnumerateArray()).GetProperty("id").GetString();
        return (await shop.OkAsync(HttpMethod.Get, $"/product/202309/products/{id}")).GetProperty("data");
    }

    private static async Task<List<JsonElement>> InventoryAsync(TestShop shop)
    {
        var response = await shop.Http.GetAsync($"{shop.Control}/inventory");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()];
    }
}
