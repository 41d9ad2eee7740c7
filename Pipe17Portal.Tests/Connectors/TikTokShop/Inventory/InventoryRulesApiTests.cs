using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Inventory;

/// <summary>The inventory rules through the HTTP API: a save from a page opened before someone else's save is refused.</summary>
public class InventoryRulesApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string StaleMessage = "changed by someone else since you opened them";

    [Fact]
    public async Task ASaveFromAStalePageAnswers409AndKeepsTheNewerRulesWhileACurrentOrVersionlessSaveGoesThrough()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "TikTok US"))).ReadAsync<ConnectionSummary>();
        var path = $"/api/v1/connections/{connection.Id}/tiktok/inventory-rules";
        var openedAt = await VersionOfAsync(await browser.GetAsync(path));
        Assert.Equal(openedAt, (await StoredAsync(connection.Id)).Version); // the view carries the connection's version

        // Someone else saves from the same version first…
        var other = await factory.SignInAsync(await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.Developer));
        var theirs = await other.PutJsonAsync(path, new { countedLocations = Array.Empty<string>(), bufferUnits = 5, bufferPercent = 0m, outOfStockThreshold = 0, version = openedAt });
        var theirVersion = await VersionOfAsync(theirs);
        Assert.True(theirVersion > openedAt, "A save moves the version on.");
        var afterTheirs = await StoredAsync(connection.Id);

        // …so the save of the page opened before theirs is refused and changes nothing.
        var stale = await browser.PutJsonAsync(path, new { countedLocations = Array.Empty<string>(), bufferUnits = 0, bufferPercent = 20m, outOfStockThreshold = 0, version = openedAt });
        Assert.Contains(StaleMessage, (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        Assert.Equal(afterTheirs, await StoredAsync(connection.Id));

        // Reloaded at the current version, the same save goes through.
        var current = await browser.PutJsonAsync(path, new { countedLocations = Array.Empty<string>(), bufferUnits = 0, bufferPercent = 20m, outOfStockThreshold = 0, version = theirVersion });
        Assert.True(await VersionOfAsync(current) > theirVersion);
        var saved = await current.ReadAsync<InventoryRulesView>();
        Assert.Equal((0, 20m), (saved.BufferUnits, saved.BufferPercent));

        // Without a version (an API script) the save overwrites, as before.
        var versionless = await (await browser.PutJsonAsync(path, new { countedLocations = Array.Empty<string>(), bufferUnits = 2, bufferPercent = 0m, outOfStockThreshold = 1 }))
            .ReadAsync<InventoryRulesView>();
        Assert.Equal((2, 0m, 1), (versionless.BufferUnits, versionless.BufferPercent, versionless.OutOfStockThreshold));
    }

    private static Task<int> VersionOfAsync(HttpResponseMessage response) => StoredSettings.VersionOfAsync(response);

    private Task<(int Version, string Settings, int Audit)> StoredAsync(Guid connectionId) => StoredSettings.ReadAsync(factory, connectionId);
}
