using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Products;

/// <summary>The sandbox's TikTok shop and Salesforce instance share a catalog with a few deliberate near misses.</summary>
public class SkuMatchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task NearMissesAreReportedNotLinkedAndOneClickFixesThem()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var sfcc = await (await shop.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        var view = await (await shop.Browser.PostAsync($"/api/v1/connections/{sfcc.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        Assert.Equal(ConnectionStatus.Connected, view.Status);
        await factory.WaitForQuietAsync(sfcc.Id);
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfcc.Id, CancellationToken.None); return 0; });

        var report = await (await shop.Browser.GetAsync($"/api/v1/products/sku-match/{shop.ConnectionId}")).ReadAsync<SkuMatchReport>();

        var near = report.Problems.Where(p => p.NearSku is not null).ToDictionary(p => p.TikTokSku, p => p.NearSku);
        Assert.Equal("TEE-CLASSIC-WHT-S", near["tee-classic-wht-s"]);
        Assert.Equal("HOOD-ZIP-GRY-L", near["HOOD-ZIP-GRY-L "]);
        Assert.True(report.Matched > 20);
        Assert.Equal(report.TikTokSkus, report.Matched + report.Problems.Count);

        var row = report.Problems.Single(p => p.TikTokSku == "tee-classic-wht-s");
        var fixedProduct = await (await shop.Browser.PostJsonAsync($"/api/v1/products/{row.NearProductId}/adopt-tiktok-sku", new AdoptTikTokSkuRequest("tee-classic-wht-s", sfcc.Id))).ReadAsync<ProductDetail>();
        Assert.Equal("tee-classic-wht-s", fixedProduct.Sku);
        Assert.Equal("TEE-CLASSIC-WHT-S", fixedProduct.ChannelOptions.Single(o => o.ConnectionId == sfcc.Id).ChannelSku);

        var after = await (await shop.Browser.GetAsync($"/api/v1/products/sku-match/{shop.ConnectionId}")).ReadAsync<SkuMatchReport>();
        Assert.DoesNotContain(after.Problems, p => p.TikTokSku == "tee-classic-wht-s");
        Assert.Equal(report.Matched + 1, after.Matched);

        // A later catalog pull keeps the adopted SKU: the product is found by its Salesforce id.
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfcc.Id, CancellationToken.None); return 0; });
        var sku = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().Products.IgnoreQueryFilters().Single(p => p.Id == row.NearProductId).Sku);
        Assert.Equal("tee-classic-wht-s", sku);
    }

    [Fact]
    public async Task AProductRemovedFromSalesforceIsNoMatchAndTheRowSaysWhy()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var sfcc = await (await shop.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await shop.Browser.PostAsync($"/api/v1/connections/{sfcc.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        await factory.WaitForQuietAsync(sfcc.Id);
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfcc.Id, CancellationToken.None); return 0; });
        var before = await (await shop.Browser.GetAsync($"/api/v1/products/sku-match/{shop.ConnectionId}")).ReadAsync<SkuMatchReport>();
        Assert.DoesNotContain(before.Problems, p => p.TikTokSku == "TEE-CLASSIC-BLK-M");

        await (await shop.Browser.DeleteAsync("/api/v1/sandbox/sfcc/products/TEE-CLASSIC-BLK-M")).ReadAsync<BmDeletedProducts>();
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfcc.Id, CancellationToken.None); return 0; });
        var after = await (await shop.Browser.GetAsync($"/api/v1/products/sku-match/{shop.ConnectionId}")).ReadAsync<SkuMatchReport>();

        Assert.Equal(before.Matched - 1, after.Matched);
        var row = after.Problems.Single(p => p.TikTokSku == "TEE-CLASSIC-BLK-M");
        Assert.NotNull(row.RemovedProductId);
        Assert.NotNull(row.RemovedAt);
        Assert.Null(row.NearSku); // a removed product is not offered as a near miss either
    }
}
