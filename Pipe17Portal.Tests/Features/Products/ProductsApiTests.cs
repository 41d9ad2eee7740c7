using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Products;

public class ProductsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MastersAreListedWithTheirVariantsAndSearchFindsAVariantSku()
    {
        var (owner, _, _) = await SeedAsync();
        var client = await factory.SignInAsync(owner);

        var all = await (await client.GetAsync("/api/v1/products")).ReadAsync<PagedResult<ProductSummary>>();
        var found = await (await client.GetAsync("/api/v1/products?search=TEE-BLK-M")).ReadAsync<PagedResult<ProductSummary>>();

        Assert.Equal(["CAP", "TEE"], all.Items.Select(p => p.Sku));
        Assert.Equal(2, all.Items.Single(p => p.Sku == "TEE").VariantCount);
        Assert.Equal("TEE", Assert.Single(found.Items).Sku);
    }

    [Fact]
    public async Task AChannelSkuIsSetOnTheSalesforceRowValidatedAndAudited()
    {
        var (owner, variantId, connections) = await SeedAsync();
        var client = await factory.SignInAsync(owner);
        var sfcc = connections[ConnectorKind.SalesforceCommerceCloud];
        var tiktok = connections[ConnectorKind.TikTokShop];

        var saved = await (await client.PutJsonAsync($"/api/v1/products/{variantId}/channel-options/{sfcc}", new SetChannelSkuRequest("SF-TEE-BLK-M"))).ReadAsync<ProductDetail>();
        Assert.Equal("SF-TEE-BLK-M", saved.ChannelOptions.Single(o => o.ConnectionId == sfcc).ChannelSku);

        var spaced = await (await client.PutJsonAsync($"/api/v1/products/{variantId}/channel-options/{sfcc}", new SetChannelSkuRequest("SF-TEE-BLK-M "))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("space", spaced.Errors!["channelSku"][0]);
        var confirmed = await (await client.PutJsonAsync($"/api/v1/products/{variantId}/channel-options/{sfcc}", new SetChannelSkuRequest("SF-TEE-BLK-M ", ConfirmWhitespace: true))).ReadAsync<ProductDetail>();
        Assert.Equal("SF-TEE-BLK-M ", confirmed.ChannelOptions.Single(o => o.ConnectionId == sfcc).ChannelSku);

        var onTikTok = await (await client.PutJsonAsync($"/api/v1/products/{variantId}/channel-options/{tiktok}", new SetChannelSkuRequest("X"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("master SKU", onTikTok.Errors!["connectionId"][0]);

        var parent = confirmed.ParentId!.Value;
        var sibling = (await (await client.GetAsync($"/api/v1/products/{parent}")).ReadAsync<ProductDetail>()).Variants.Single(v => v.Id != variantId).Id;
        var duplicate = await (await client.PutJsonAsync($"/api/v1/products/{sibling}/channel-options/{sfcc}", new SetChannelSkuRequest("SF-TEE-BLK-M ", true))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("already the Channel SKU of TEE-BLK-M", duplicate.Detail);

        var audit = await (await client.GetAsync("/api/v1/audit-log")).ReadAsync<PagedResult<AuditEntryInfo>>();
        Assert.Equal(2, audit.Items.Count(e => e.Action == "Channel SKU changed"));
    }

    [Fact]
    public async Task AUserCanReadProductsButNotChangeChannelSkus()
    {
        var (owner, variantId, connections) = await SeedAsync();
        var user = await factory.SignInAsync(await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.User));

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/api/v1/products/{variantId}")).StatusCode);
        await (await user.PutJsonAsync($"/api/v1/products/{variantId}/channel-options/{connections[ConnectorKind.SalesforceCommerceCloud]}", new SetChannelSkuRequest("X")))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>A workspace with an SFCC and a TikTok connection, a master TEE with two variants and a stand-alone CAP.</summary>
    private Task<(TestMember Owner, Guid VariantId, Dictionary<ConnectorKind, Guid> Connections)> SeedAsync() => factory.ScopedAsync(async s =>
    {
        var owner = await factory.CreateWorkspaceAsync();
        var db = s.GetRequiredService<PortalDbContext>();
        var sfcc = new Connection { WorkspaceId = owner.WorkspaceId, Kind = ConnectorKind.SalesforceCommerceCloud, DisplayName = "SFCC" };
        var tiktok = new Connection { WorkspaceId = owner.WorkspaceId, Kind = ConnectorKind.TikTokShop, DisplayName = "TikTok" };
        db.Connections.AddRange(sfcc, tiktok);
        var tee = new Product { WorkspaceId = owner.WorkspaceId, Sku = "TEE", Name = "Classic tee", IsMaster = true, SourceConnectionId = sfcc.Id, SourceProductId = "TEE" };
        var black = new Product { WorkspaceId = owner.WorkspaceId, Sku = "TEE-BLK-M", Name = "Classic tee black M", ParentId = tee.Id, SourceConnectionId = sfcc.Id, SourceProductId = "TEE-BLK-M", Price = 19.99m, Currency = "USD" };
        var white = new Product { WorkspaceId = owner.WorkspaceId, Sku = "TEE-WHT-M", Name = "Classic tee white M", ParentId = tee.Id, SourceConnectionId = sfcc.Id, SourceProductId = "TEE-WHT-M" };
        var cap = new Product { WorkspaceId = owner.WorkspaceId, Sku = "CAP", Name = "Dad cap", SourceConnectionId = sfcc.Id, SourceProductId = "CAP" };
        db.Products.AddRange(tee, black, white, cap);
        await db.SaveChangesAsync();
        return (owner, black.Id, new Dictionary<ConnectorKind, Guid> { [ConnectorKind.SalesforceCommerceCloud] = sfcc.Id, [ConnectorKind.TikTokShop] = tiktok.Id });
    });
}
