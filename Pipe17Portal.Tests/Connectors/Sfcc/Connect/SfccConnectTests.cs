using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Connect;

/// <summary>Connect against the SFCC emulator over HTTP: each misconfiguration fails its own check with its own fix.</summary>
public class SfccConnectTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASandboxInstanceConnectsWithEveryCheckPassing()
    {
        var (browser, connectionId) = await SfccConnectionAsync();

        var view = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();

        Assert.True(view.Checks.All(c => c.Passed), string.Join("\n", view.Checks.Select(c => $"{c.Name}: {c.Message}")));
        Assert.Equal(7, view.Checks.Count);
        Assert.Equal(ConnectionStatus.Connected, view.Status);
        Assert.Contains(view.OcapiClientId, view.OcapiSettingsShopJson);
    }

    [Fact]
    public async Task AMissingScopeIsNamedWithWhereToAddIt()
    {
        var (browser, connectionId) = await SfccConnectionAsync();
        var view = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        var account = AccountOf(connectionId);
        var control = factory.CreateClient();
        var scopes = await control.GetFromJsonAsync<System.Text.Json.JsonElement>($"/sandbox/_control/accounts/{account}/sfcc/api-clients/{view.B2cClientId}/scopes");
        var kept = scopes.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Where(s => !s.StartsWith("sfcc.products", StringComparison.Ordinal)).ToList();
        (await control.PutAsJsonAsync($"/sandbox/_control/accounts/{account}/sfcc/api-clients/{view.B2cClientId}/scopes", new { scopes = kept })).EnsureSuccessStatusCode();

        var after = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/connect", null)).ReadAsync<SfccSettingsView>();

        var failed = after.Checks.First(c => !c.Passed);
        Assert.Equal("B2C API client: Account Manager token", failed.Name);
        Assert.Contains("sfcc.products", failed.Message);
        Assert.Contains("Allowed Scopes", failed.Fix);
        Assert.Equal(ConnectionStatus.Error, after.Status);
    }

    [Fact]
    public async Task AWrongBusinessManagerPasswordFailsTheGrantCheck()
    {
        var (browser, connectionId) = await SfccConnectionAsync();
        var view = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();

        var wrongPassword = await SaveAndConnectAsync(browser, connectionId, view, bmPassword: "Not-the-password-1");

        var failed = wrongPassword.Checks.First(c => !c.Passed);
        Assert.Equal("OCAPI: Business Manager user grant", failed.Name);
        Assert.Contains("password", failed.Fix);
    }

    [Fact]
    public async Task AWrongSiteFailsTheSiteCheck()
    {
        var (browser, connectionId) = await SfccConnectionAsync();
        var view = await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();

        var wrongSite = await SaveAndConnectAsync(browser, connectionId, view, siteId: "NoSuchSite");
        var siteCheck = wrongSite.Checks.First(c => !c.Passed);
        Assert.Equal("Site exists", siteCheck.Name);
        Assert.Contains("Site ID", siteCheck.Fix);
    }

    [Theory]
    [InlineData("http://abcd-001.dx.commercecloud.salesforce.com")]
    [InlineData("https://127.0.0.1")]
    [InlineData("https://localhost")]
    [InlineData("https://commercecloud.salesforce.com.evil.test")]
    public async Task AnOcapiUrlOutsideSalesforceIsRefused(string url)
    {
        var (browser, connectionId) = await SfccConnectionAsync();

        var problem = await (await browser.PutJsonAsync($"/api/v1/connections/{connectionId}/sfcc", Update(url: url))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("ocapiUrl", problem.Errors!.Keys);
    }

    [Fact]
    public async Task TheCatalogIsPulledAndARepeatedPullChangesNothing()
    {
        var (browser, connectionId) = await SfccConnectionAsync();
        await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();

        await factory.WaitForQuietAsync(connectionId); // Connect starts a pull in the background
        await RunPullAsync(connectionId);
        var first = await ProductsAsync(connectionId);
        await RunPullAsync(connectionId);
        var second = await ProductsAsync(connectionId);

        Assert.True(first.Count > 20, $"only {first.Count} products pulled");
        Assert.Equal(first.Select(p => (p.Sku, p.UpdatedAt, p.ParentId)).Order(), second.Select(p => (p.Sku, p.UpdatedAt, p.ParentId)).Order());
        Assert.Contains(first, p => p.IsMaster);
        Assert.Contains(first, p => p.ParentId is not null);
    }

    private async Task<(HttpClient Browser, Guid ConnectionId)> SfccConnectionAsync()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        return (browser, connection.Id);
    }

    private Guid AccountOf(Guid connectionId) => factory.Scoped(s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var workspace = db.Connections.IgnoreQueryFilters().Where(c => c.Id == connectionId).Select(c => c.WorkspaceId).Single();
        return db.Workspaces.Where(w => w.Id == workspace).Select(w => w.SandboxAccountId).Single()!.Value;
    });

    private static async Task<SfccSettingsView> SaveAndConnectAsync(HttpClient browser, Guid connectionId, SfccSettingsView view, string? siteId = null, string? bmPassword = null)
    {
        var update = new SfccSettingsUpdate(view.ShortCode, view.OrganizationId, siteId ?? view.SiteId, view.OcapiUrl, view.B2cClientId, null, view.ShopClientId, null,
            view.OcapiClientId, null, view.BmUser, bmPassword, view.OcapiVersion, view.PullCatalog, false);
        await (await browser.PutJsonAsync($"/api/v1/connections/{connectionId}/sfcc", update)).ReadAsync<SfccSettingsView>();
        return await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/connect", null)).ReadAsync<SfccSettingsView>();
    }

    private static SfccSettingsUpdate Update(string url) => new("abcd1234", "f_ecom_abcd_001", "RefArch", url, "b2c-client-0001", "p1", "shop-client-0001", "p2",
        "ocapi-client-0001", "p3", "bm@example.com", "p4", "23_2", true, false);

    private Task<int> RunPullAsync(Guid connectionId) => factory.ScopedAsync(async s =>
    {
        await s.GetRequiredService<SfccCatalogPull>().RunAsync(connectionId, CancellationToken.None);
        return 0;
    });

    private Task<List<Pipe17Portal.Domain.Products.Product>> ProductsAsync(Guid connectionId) => factory.ScopedAsync(s =>
        s.GetRequiredService<PortalDbContext>().Products.IgnoreQueryFilters().AsNoTracking().Where(p => p.SourceConnectionId == connectionId).ToListAsync());

    [Fact]
    public async Task TwoThousandGeneratedProductsArePulledAndARenamedMasterAndARepricedVariantAreUpdated()
    {
        var (browser, connectionId) = await SfccConnectionAsync();
        await (await browser.PostAsync($"/api/v1/connections/{connectionId}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        await factory.WaitForQuietAsync(connectionId);
        var account = AccountOf(connectionId);
        (await factory.CreateClient().PostAsJsonAsync($"/sandbox/_control/accounts/{account}/sfcc/catalog/generate", new { masters = 400, variants_per_master = 4 })).EnsureSuccessStatusCode();

        await RunPullAsync(connectionId);
        var first = await ProductsAsync(connectionId);
        var generated = first.Where(p => p.Sku.StartsWith("GEN-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2000, generated.Count);
        Assert.Equal(1600, generated.Count(p => p.ParentId is not null));
        var run = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters()
            .Where(r => r.ConnectionId == connectionId && r.Flow == SfccCatalogPull.Flow).OrderByDescending(r => r.StartedAt).First());
        Assert.Equal((first.Count, first.Count), (run.Expected, run.Processed)); // what the progress bar shows

        // SCAPI gives a variant no name of its own (a Variant has none): it reads as its master's name with its values, so
        // renaming the master renames its variants; a variant's own price change reaches only that variant.
        var renamed = generated.First(p => p.IsMaster).Sku;
        var repriced = generated.First(p => p.ParentId is not null && !p.Sku.StartsWith(renamed, StringComparison.Ordinal)).Sku;
        await factory.ScopedAsync(async s =>
        {
            var sandboxDb = s.GetRequiredService<Pipe17Portal.Sandbox.SandboxDbContext>();
            var product = await sandboxDb.SfccProducts.SingleAsync(p => p.AccountId == account && p.Id == renamed);
            product.Name = "Renamed in Salesforce";
            product.LastModified = DateTimeOffset.UtcNow;
            var variant = await sandboxDb.SfccProducts.SingleAsync(p => p.AccountId == account && p.Id == repriced);
            variant.Price = 99.5m;
            return await sandboxDb.SaveChangesAsync();
        });
        await RunPullAsync(connectionId);

        var second = await ProductsAsync(connectionId);
        Assert.Equal(first.Count, second.Count);
        var master = second.Single(p => p.Sku == renamed);
        Assert.Equal("Renamed in Salesforce", master.Name);
        var variants = second.Where(p => p.ParentId == master.Id).ToList();
        Assert.Equal(4, variants.Count);
        Assert.All(variants, v => Assert.StartsWith("Renamed in Salesforce - ", v.Name, StringComparison.Ordinal));
        Assert.Equal(99.5m, second.Single(p => p.Sku == repriced).Price);
        Assert.Equal(1 + 4 + 1, second.Count(p => p.UpdatedAt != first.Single(f => f.Id == p.Id).UpdatedAt));
    }
}
