using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Connections;

/// <summary>
/// Removing a connection either refuses with what still depends on it (its flows untouched), or removes it whole and
/// only then stops its flows.
/// </summary>
public class ConnectionRemovalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASalesforceConnectionWithAPulledCatalogIsRefusedAndKeepsItsFlows()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(admin);
        var sfcc = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        Assert.Equal(ConnectionStatus.Connected, (await (await browser.PostAsync($"/api/v1/connections/{sfcc.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>()).Status);
        await factory.WaitForQuietAsync(sfcc.Id);
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sfcc.Id, CancellationToken.None); return 0; });
        Assert.True(await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Products.IgnoreQueryFilters().AnyAsync(p => p.SourceConnectionId == sfcc.Id)));
        var flowsBefore = await factory.ScopedAsync(s => s.GetRequiredService<ConnectionJobs>().ScheduledFlowsAsync(sfcc.Id));
        Assert.NotEmpty(flowsBefore);

        var problem = await (await browser.DeleteAsync($"/api/v1/connections/{sfcc.Id}")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("product", problem.Detail);
        Assert.Contains("flows off", problem.Detail);
        Assert.Equal(flowsBefore.Order(), (await factory.ScopedAsync(s => s.GetRequiredService<ConnectionJobs>().ScheduledFlowsAsync(sfcc.Id))).Order());
        Assert.Equal(ConnectionStatus.Connected, (await (await browser.GetAsync($"/api/v1/connections/{sfcc.Id}")).ReadAsync<ConnectionSummary>()).Status);
    }

    [Fact]
    public async Task ASalesforceConnectionHoldingOrderLinksIsRefusedSoLaterCancellationsStillReachSalesforce()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(admin);
        var sfcc = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        // An order pushed earlier: SFCC knows it as 00001234; cancellations and shipments find it through this link.
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.ExternalLinks.Add(new ExternalLink
            {
                WorkspaceId = admin.WorkspaceId, ConnectionId = sfcc.Id, EntityType = ExternalLink.OrderEntity,
                LocalId = Guid.NewGuid(), ExternalId = "00001234", LinkedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var problem = await (await browser.DeleteAsync($"/api/v1/connections/{sfcc.Id}")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("1 order", problem.Detail);
        Assert.Equal(1, await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ExternalLinks.IgnoreQueryFilters().CountAsync(l => l.ConnectionId == sfcc.Id)));
    }

    [Fact]
    public async Task AConnectedShopWithoutOrdersIsRemovedWholeAndItsFlowsStop()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId);
        Assert.NotEmpty(await factory.ScopedAsync(s => s.GetRequiredService<ConnectionJobs>().ScheduledFlowsAsync(shop.ConnectionId)));
        // The first pull may have imported nothing; make sure no order ties the shop down.
        await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters().Where(o => o.SourceConnectionId == shop.ConnectionId).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await shop.Browser.DeleteAsync($"/api/v1/connections/{shop.ConnectionId}")).StatusCode);

        Assert.Empty(await factory.ScopedAsync(s => s.GetRequiredService<ConnectionJobs>().ScheduledFlowsAsync(shop.ConnectionId)));
        Assert.False(await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ConnectionSecrets.IgnoreQueryFilters().AnyAsync(x => x.ConnectionId == shop.ConnectionId)));
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Browser.GetAsync($"/api/v1/connections/{shop.ConnectionId}")).StatusCode);
    }
}
