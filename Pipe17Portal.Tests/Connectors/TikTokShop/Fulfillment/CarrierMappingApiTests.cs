using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

/// <summary>The carrier mapping through the HTTP API: TikTok's providers read live, validation, who may save, and stale saves.</summary>
public class CarrierMappingApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string StaleMessage = "changed by someone else since you opened them";

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
    public async Task ASaveFromAStalePageAnswers409AndKeepsTheNewerMappingWhileACurrentOrVersionlessSaveGoesThrough()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId);
        var path = $"/api/v1/connections/{shop.ConnectionId}/tiktok/carrier-mapping";
        var opened = await shop.Browser.GetAsync(path);
        var openedAt = await VersionOfAsync(opened);
        var providers = (await opened.ReadAsync<CarrierMappingView>()).Providers;
        var (first, second) = (providers[0], providers[1]);
        Assert.Equal(openedAt, (await StoredAsync(shop.ConnectionId)).Version); // the view carries the connection's version

        // Someone else saves from the same version first…
        var other = await factory.SignInAsync(await factory.AddMemberAsync(shop.Owner.WorkspaceId, WorkspaceRole.Developer));
        var theirs = await other.PutJsonAsync(path, new { rows = new[] { new CarrierMappingRow("UPS", first.Id, first.Name) }, version = openedAt });
        var theirVersion = await VersionOfAsync(theirs);
        Assert.True(theirVersion > openedAt, "A save moves the version on.");
        var afterTheirs = await StoredAsync(shop.ConnectionId);

        // …so the save of the page opened before theirs is refused and changes nothing.
        var stale = await shop.Browser.PutJsonAsync(path, new { rows = new[] { new CarrierMappingRow("UPS", second.Id, second.Name) }, version = openedAt });
        Assert.Contains(StaleMessage, (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        Assert.Equal(afterTheirs, await StoredAsync(shop.ConnectionId));

        // Reloaded at the current version, the same save goes through.
        var current = await shop.Browser.PutJsonAsync(path, new { rows = new[] { new CarrierMappingRow("UPS", second.Id, second.Name) }, version = theirVersion });
        Assert.True(await VersionOfAsync(current) > theirVersion);
        Assert.Equal(second.Id, Assert.Single((await current.ReadAsync<CarrierMappingView>()).Rows).ProviderId);

        // Without a version (an API script) the save overwrites, as before.
        var versionless = await shop.Browser.PutJsonAsync(path, new { rows = new[] { new CarrierMappingRow("FedEx", first.Id, first.Name) } });
        Assert.Equal("FedEx", Assert.Single((await versionless.ReadAsync<CarrierMappingView>()).Rows).SfccCarrier);
    }

    [Fact]
    public async Task AnotherKindOfConnectionIsNotFound()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        var sfcc = await (await shop.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await shop.Browser.GetAsync($"/api/v1/connections/{sfcc.Id}/tiktok/carrier-mapping")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static Task<int> VersionOfAsync(HttpResponseMessage response) => StoredSettings.VersionOfAsync(response);

    private Task<(int Version, string Settings, int Audit)> StoredAsync(Guid connectionId) => StoredSettings.ReadAsync(factory, connectionId);

    private Task<(string Settings, int Audit)> StateAsync(Guid connectionId) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var settings = await db.Connections.IgnoreQueryFilters().Where(c => c.Id == connectionId).Select(c => c.SettingsJson).SingleAsync();
        var audit = await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.ConnectionId == connectionId);
        return (settings, audit);
    });
}
