using System.Net;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Control;

public class SfccCatalogGeneratorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<Reply> GenerateAsync(TestInstance sfcc, object body) =>
        await Reply.ReadAsync(await sfcc.Http.PostAsync($"{sfcc.Control}/catalog/generate", new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json")));

    [Fact]
    public async Task AGeneratedCatalogIsSearchableReadableAndOrderable()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var seeded = Pipe17Portal.Sandbox.SandboxCatalog.Masters.Count + Pipe17Portal.Sandbox.SandboxCatalog.Variants.Count();
        var seededMasters = Pipe17Portal.Sandbox.SandboxCatalog.Masters.Count;

        var generated = await GenerateAsync(sfcc, new { masters = 300, variants_per_master = 4 });
        var token = (await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.products.rw")).Text("access_token");
        var products = $"{TestInstance.Scapi}/product/products/v1/organizations/{sfcc.OrganizationId}";
        var last = await sfcc.OcapiAsync(HttpMethod.Post, $"{products}/product-search", new { query = new { matchAllQuery = new { } }, limit = 200, offset = seededMasters + 200 }, token);
        var master = await sfcc.OcapiAsync(HttpMethod.Get, $"{products}/products/GEN-000300", token: token);
        var masters = await sfcc.OcapiAsync(HttpMethod.Post, $"{products}/product-search", new { query = new { termQuery = new { fields = new[] { "type" }, @operator = "is", values = new[] { "master" } } }, limit = 1 }, token);
        var basket = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { product_items = new[] { new { product_id = "GEN-000007-02", quantity = 1 } } });

        Assert.True(generated.Status == HttpStatusCode.OK, generated.ToString());
        Assert.Equal(seeded + 1500, generated.Body.GetProperty("products_total").GetInt32());
        Assert.Equal(seededMasters + 300, last.Body.GetProperty("total").GetInt32()); // masters are hits; variants come by their masters
        Assert.Equal(100, last.Body.GetProperty("hits").GetArrayLength());
        Assert.Equal(4, master.Body.GetProperty("variants").GetArrayLength());
        Assert.Equal(320, masters.Body.GetProperty("total").GetInt32());
        Assert.True(basket.Status == HttpStatusCode.OK, basket.ToString());
    }

    [Fact]
    public async Task TheGeneratorValidatesItsInput()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var none = await GenerateAsync(sfcc, new { variants_per_master = 2 });
        var tooMany = await GenerateAsync(sfcc, new { masters = 50_000, variants_per_master = 50 });
        var negative = await GenerateAsync(sfcc, new { masters = 5, variants_per_master = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.Contains("variants_per_master", negative.Body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
