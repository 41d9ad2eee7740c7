using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Connectors.TikTokShop.Inventory;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Inventory;

/// <summary>The OCI pull against the sandbox instance: full read, change feed, and a forced resync.</summary>
public class SfccInventoryPullTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheChangeFeedAndAFullReadGiveTheSameLevelsIncludingStockAnOrderConsumed()
    {
        var setup = await OrderPushSandbox.CreateAsync(factory); // pushes orders into SFCC, where they consume stock
        var sandbox = new InventorySandbox(setup);
        var site = await sandbox.SiteAsync();
        await sandbox.PullAsync();
        var first = await sandbox.LevelsAsync();
        Assert.Equal(2, first.Select(l => l.LocationId).Distinct().Count());

        await sandbox.SetSfccStockAsync("CAP-DAD-NVY-OS", 41);
        await sandbox.SetSfccStockAsync("TEE-CLASSIC-BLK-M", 30, 12);
        await setup.NewOrdersAsync(1); // 2 × TEE-CLASSIC-BLK-M and 1 × CAP-DAD-NVY-OS
        await setup.PushAsync();
        Assert.Single(await setup.SfccOrdersAsync());
        await sandbox.PullAsync();
        var byDeltas = Snapshot(await sandbox.LevelsAsync());
        Assert.Equal(28, byDeltas[("TEE-CLASSIC-BLK-M", $"{site}-warehouse")]);
        Assert.Equal(12, byDeltas[("TEE-CLASSIC-BLK-M", $"{site}-store")]);
        Assert.Equal(40, byDeltas[("CAP-DAD-NVY-OS", $"{site}-warehouse")]);

        await ForceResyncAsync(sandbox.SfccId);
        await sandbox.PullAsync();
        var byFullRead = Snapshot(await sandbox.LevelsAsync());
        Assert.Equal(byFullRead, byDeltas);
        var settings = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().Where(c => c.Id == sandbox.SfccId).Select(c => c.SettingsJson).SingleAsync());
        Assert.False(SfccConnectionSettings.Read(settings).ForceInventoryResync); // one shot
        var runs = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters()
            .Where(r => r.ConnectionId == sandbox.SfccId && r.Flow == "SFCC inventory pull").OrderBy(r => r.StartedAt).ToListAsync());
        Assert.Contains(runs, r => r.Expected == first.Select(l => l.Sku).Distinct().Count() && r.Processed == r.Expected && r.Status == Pipe17Portal.Client.Api.Contracts.SyncRunStatus.Succeeded);
    }

    [Fact]
    public async Task AReadingThatChangesNothingLeavesChangedAtAlone()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        await sandbox.PullAsync();
        var before = (await sandbox.LevelsAsync()).ToDictionary(l => (l.Sku, l.LocationId));
        await ForceResyncAsync(sandbox.SfccId);
        await sandbox.PullAsync();
        var after = await sandbox.LevelsAsync();
        Assert.All(after, l => Assert.Equal(before[(l.Sku, l.LocationId)].ChangedAt, l.ChangedAt));
        Assert.Contains(after, l => l.ReadAt > before[(l.Sku, l.LocationId)].ReadAt);
    }

    [Fact]
    public async Task WithoutLocationsThePollRecordsNothingAndAForcedResyncSaysWhatIsMissing()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        await ChangeAsync(sandbox.SfccId, s => s with { InventoryLocations = [] });
        await factory.WaitForQuietAsync(sandbox.SfccId); // a run that had started before the change has finished
        var before = await InventoryRunsAsync(sandbox.SfccId);

        await sandbox.PullAsync();
        Assert.Equal(before.Count, (await InventoryRunsAsync(sandbox.SfccId)).Count); // a poll every 2 s must not fill the history

        await ChangeAsync(sandbox.SfccId, s => s with { InventoryLocations = [], ForceInventoryResync = true });
        await Assert.ThrowsAsync<InvalidOperationException>(sandbox.PullAsync); // recorded as a failed run, then rethrown to the job
        var failed = (await InventoryRunsAsync(sandbox.SfccId)).Last();
        Assert.Equal(Pipe17Portal.Client.Api.Contracts.SyncRunStatus.Failed, failed.Status);
        Assert.Contains("No Omnichannel Inventory locations are set", failed.Error);
    }

    private Task<List<Pipe17Portal.Sync.SyncRun>> InventoryRunsAsync(Guid sfccId) => factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().SyncRuns
        .IgnoreQueryFilters().Where(r => r.ConnectionId == sfccId && r.Flow == "SFCC inventory pull").OrderBy(r => r.StartedAt).ToListAsync());

    private Task<int> ChangeAsync(Guid sfccId, Func<SfccConnectionSettings, SfccConnectionSettings> change) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == sfccId);
        connection.SettingsJson = change(SfccConnectionSettings.Read(connection.SettingsJson)).Write();
        return await db.SaveChangesAsync();
    });

    private static Dictionary<(string, string), decimal> Snapshot(IEnumerable<Pipe17Portal.Domain.Inventory.InventoryLevel> levels) =>
        levels.ToDictionary(l => (l.Sku, l.LocationId), l => l.Available);

    private Task<int> ForceResyncAsync(Guid sfccId) => ChangeAsync(sfccId, s => s with { ForceInventoryResync = true });
}
