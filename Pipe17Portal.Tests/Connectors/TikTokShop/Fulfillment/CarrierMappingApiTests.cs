using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

/// <summary>The carrier mapping through the HTTP API: TikTok's providers read live, validation, and who may save.</summary>
public class CarrierMappingApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ReadingOffersTikToksProvidersAndWritesNothing()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var before = await StateAsync(shop.ConnectionId);

        var view = await (await shop.Browser.GetAsync($"/api/v1/connections/{shop.ConnectionId}/tiktok/carrier-mapping")).ReadAsync<CarrierMappingView>();

        Assert.Null(view.ProvidersError);
        Assert.Contains(view.Providers, p => p.Name == "UPS" && p.DeliveryOptions.Count > 0);
        Assert.Empty(view.Rows);
        Assert.Equal(before, await StateAsync(shop.ConnectionId));
    }

    [Fact]
    public async Task SavingChecksEachRowAgainstTikToksProvidersAndNeedsADeveloper()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var path = $"/api/v1/connections/{shop.ConnectionId}/tiktok/carrier-mapping";
        var view = await (await shop.Browser.GetAsync(path)).ReadAsync<CarrierMappingView>();
        var ups = view.Providers.Single(p => p.Name == "UPS");

        var invalid = await (await shop.Browser.PutJsonAsync(path, new CarrierMappingUpdate([new("UPS", "no-such-provider", "UPS"), new(" ups ", ups.Id, "UPS")])))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not a shipping provider TikTok offers", string.Join(" ", invalid.Errors!["rows[0].providerId"]));
        Assert.Contains("already mapped", string.Join(" ", invalid.Errors!["rows[1].sfccCarrier"]));

        var user = await factory.SignInAsync(await factory.AddMemberAsync(shop.Owner.WorkspaceId, WorkspaceRole.User));
        var refused = await (await user.PutJsonAsync(path, new CarrierMappingUpdate([new("UPS", ups.Id, "UPS")]))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Developer", refused.Detail);

        var saved = await (await shop.Browser.PutJsonAsync(path, new CarrierMappingUpdate([new(" UPS ", ups.Id, "anything")]))).ReadAsync<CarrierMappingView>();
        Assert.Equal([new CarrierMappingRow("UPS", ups.Id, "UPS")], saved.Rows);
        Assert.Equal(saved.Rows, (await (await user.GetAsync(path)).ReadAsync<CarrierMappingView>()).Rows);
    }

    [Fact]
    public async Task AnotherKindOfConnectionIsNotFound()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var sfcc = await (await shop.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await shop.Browser.GetAsync($"/api/v1/connections/{sfcc.Id}/tiktok/carrier-mapping")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private Task<(string Settings, int Audit)> StateAsync(Guid connectionId) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var settings = await db.Connections.IgnoreQueryFilters().Where(c => c.Id == connectionId).Select(c => c.SettingsJson).SingleAsync();
        var audit = await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.ConnectionId == connectionId);
        return (settings, audit);
    });
}
