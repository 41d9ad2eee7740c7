using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Jobs;

/// <summary>The catalog pull against the sandbox instance: variants read through their masters, removals marked and cleared.</summary>
public class SfccCatalogPullTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryVariantIsAProductLinkedToItsMasterWithItsOwnNameAndPrice()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false, tts: false, mapShipping: false);

        var products = await ProductsAsync(sandbox.SfccId);
        foreach (var master in SandboxCatalog.Masters)
        {
            var parent = products[master.Id];
            Assert.True(parent.IsMaster);
            foreach (var variant in master.Variants)
            {
                var product = products[variant.Sku];
                Assert.Equal(parent.Id, product.ParentId);
                Assert.Equal(variant.Name, product.Name);
                Assert.Equal(variant.Price, product.Price);
                Assert.False(product.IsMaster);
            }
        }
        Assert.All(products.Values, p => Assert.Null(p.RemovedAt));
        var detail = await (await sandbox.Browser.GetAsync($"/api/v1/products/{products["CAP-DAD"].Id}")).ReadAsync<ProductDetail>();
        Assert.Equal(["CAP-DAD-KHK-OS", "CAP-DAD-NVY-OS"], detail.Variants.Select(v => v.Sku));
    }

    [Fact]
    public async Task AProductGoneFromSalesforceIsMarkedRemovedAndClearedWhenItComesBack()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false, tts: false, mapShipping: false);
        await sandbox.ControlAsync(HttpMethod.Post, "/catalog/generate", new { masters = 1, variants_per_master = 2 });
        await PullAsync(sandbox.SfccId);
        Assert.Null((await ProductsAsync(sandbox.SfccId))["GEN-000001-01"].RemovedAt);

        // The merchant deletes a variant and a whole master (which takes its variants) in Business Manager.
        var deleted = await (await sandbox.Browser.DeleteAsync("/api/v1/sandbox/sfcc/products/GEN-000001-01")).ReadAsync<BmDeletedProducts>();
        Assert.Equal(["GEN-000001-01"], deleted.Deleted);
        var master = await (await sandbox.Browser.DeleteAsync("/api/v1/sandbox/sfcc/products/CAP-DAD")).ReadAsync<BmDeletedProducts>();
        Assert.Equal(["CAP-DAD", "CAP-DAD-KHK-OS", "CAP-DAD-NVY-OS"], master.Deleted);
        await PullAsync(sandbox.SfccId);

        var products = await ProductsAsync(sandbox.SfccId);
        Assert.NotNull(products["GEN-000001-01"].RemovedAt);
        Assert.NotNull(products["CAP-DAD"].RemovedAt);
        Assert.NotNull(products["CAP-DAD-NVY-OS"].RemovedAt);
        Assert.Null(products["GEN-000001-02"].RemovedAt);
        Assert.Null(products["GEN-000001"].RemovedAt);
        Assert.Equal(3 + 1, products.Values.Count(p => p.RemovedAt is not null));
        var list = await (await sandbox.Browser.GetAsync("/api/v1/products?search=CAP-DAD")).ReadAsync<PagedResult<ProductSummary>>();
        Assert.NotNull(Assert.Single(list.Items).RemovedAt);
        var detail = await (await sandbox.Browser.GetAsync($"/api/v1/products/{products["CAP-DAD"].Id}")).ReadAsync<ProductDetail>();
        Assert.NotNull(detail.RemovedAt);
        Assert.All(detail.Variants, v => Assert.NotNull(v.RemovedAt));

        // A second pull changes nothing more: the date stays the first one.
        var firstMark = products["GEN-000001-01"].RemovedAt;
        await PullAsync(sandbox.SfccId);
        Assert.Equal(firstMark, (await ProductsAsync(sandbox.SfccId))["GEN-000001-01"].RemovedAt);

        // Back in the catalog: the next pull clears the mark, same product row.
        await sandbox.ControlAsync(HttpMethod.Post, "/catalog/generate", new { masters = 1, variants_per_master = 2 });
        await PullAsync(sandbox.SfccId);
        var back = (await ProductsAsync(sandbox.SfccId))["GEN-000001-01"];
        Assert.Null(back.RemovedAt);
        Assert.Equal(products["GEN-000001-01"].Id, back.Id);
        Assert.Equal(products["GEN-000001"].Id, back.ParentId);
    }

    [Fact]
    public async Task APullThatFailsMarksNothingRemoved()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false, tts: false, mapShipping: false);
        // Faults first: while every SFCC call fails, no pull (this one or a scheduled one) can complete and mark anything.
        var faults = await sandbox.Control.PutAsJsonAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "500" } });
        Assert.True(faults.IsSuccessStatusCode, await faults.Content.ReadAsStringAsync());
        try
        {
            await sandbox.ControlAsync(HttpMethod.Delete, "/products/MUG-CERAMIC");

            await Assert.ThrowsAnyAsync<Exception>(() => PullAsync(sandbox.SfccId));

            Assert.Null((await ProductsAsync(sandbox.SfccId))["MUG-CERAMIC"].RemovedAt);
        }
        finally
        {
            await sandbox.Control.PutAsJsonAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults", new { system = "sfcc", rate = 0.0, kinds = Array.Empty<string>() });
        }
    }

    /// <summary>
    /// One pull, after any scheduled run has finished: a pull that read the catalog before the test changed it and ended
    /// after would mark products the test just added as removed (it failed once that way on a busy machine).
    /// </summary>
    private async Task PullAsync(Guid sfccId)
    {
        await factory.WaitForQuietAsync(sfccId);
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfccId, CancellationToken.None); return 0; });
    }

    private Task<Dictionary<string, Product>> ProductsAsync(Guid sfccId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Products.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.SourceConnectionId == sfccId).ToDictionaryAsync(p => p.SourceProductId));
}
