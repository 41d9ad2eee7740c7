using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sync;

public class HousekeepingJobTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RemovesOnlyWhatIsPastRetentionAndRecordsARunPerWorkspace()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var now = DateTimeOffset.UtcNow;
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.SyncRuns.AddRange(
                new SyncRun { WorkspaceId = admin.WorkspaceId, Flow = "old", Status = SyncRunStatus.Succeeded, StartedAt = now.AddDays(-91) },
                new SyncRun { WorkspaceId = admin.WorkspaceId, Flow = "recent", Status = SyncRunStatus.Succeeded, StartedAt = now.AddDays(-89) });
            db.AuditEntries.AddRange(
                new AuditEntry { WorkspaceId = admin.WorkspaceId, Actor = "a", Action = "old change", At = now.AddDays(-366) },
                new AuditEntry { WorkspaceId = admin.WorkspaceId, Actor = "a", Action = "recent change", At = now.AddDays(-10) });
            return await db.SaveChangesAsync();
        });

        await factory.ScopedAsync(async s =>
        {
            await ActivatorUtilities.CreateInstance<HousekeepingJob>(s).RunAsync(CancellationToken.None);
            return 0;
        });

        var (flows, actions) = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var runs = await db.SyncRuns.IgnoreQueryFilters().Where(r => r.WorkspaceId == admin.WorkspaceId).ToListAsync();
            var entries = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.WorkspaceId == admin.WorkspaceId).Select(a => a.Action).ToListAsync();
            return (runs, entries);
        });
        Assert.Equal(["Housekeeping", "recent"], flows.Select(r => r.Flow).Order());
        Assert.Equal(["recent change"], actions);
        var housekeeping = flows.Single(r => r.Flow == "Housekeeping");
        Assert.Equal(SyncRunStatus.Succeeded, housekeeping.Status);
        Assert.Equal(2, housekeeping.Processed);
        Assert.NotNull(housekeeping.FinishedAt);
    }

    [Fact]
    public async Task OldWebhookReceiptsAndExpiredAuthorizationStatesAreForgotten()
    {
        var connection = await Pipe17Portal.Tests.Connectors.TikTokShop.TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var now = DateTimeOffset.UtcNow;
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.WebhookReceipts.AddRange(
                new WebhookReceipt { ConnectionId = connection.Id, NotificationId = "old", ReceivedAt = now.AddDays(-8) },
                new WebhookReceipt { ConnectionId = connection.Id, NotificationId = "new", ReceivedAt = now.AddHours(-1) });
            db.OAuthStates.AddRange(
                new OAuthState { StateHash = Guid.NewGuid().ToString("N"), WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, UserId = "u", ExpiresAt = now.AddDays(-2) },
                new OAuthState { StateHash = Guid.NewGuid().ToString("N"), WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, UserId = "u", ExpiresAt = now.AddMinutes(10) });
            return await db.SaveChangesAsync();
        });

        await factory.ScopedAsync(async s =>
        {
            await ActivatorUtilities.CreateInstance<HousekeepingJob>(s).RunAsync(CancellationToken.None);
            return 0;
        });

        var (receipts, states) = factory.Scoped(s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            return (db.WebhookReceipts.Where(r => r.ConnectionId == connection.Id).Select(r => r.NotificationId).ToList(),
                db.OAuthStates.Count(o => o.ConnectionId == connection.Id));
        });
        Assert.Equal(["new"], receipts);
        Assert.Equal(1, states);
    }

    [Fact]
    public async Task FinishedWorkItemsPastRetentionAreDeletedButUnfinishedOnesNeverAre()
    {
        var connection = await Pipe17Portal.Tests.Connectors.TikTokShop.TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var now = DateTimeOffset.UtcNow;
        WorkItem Item(string key, PushState state, DateTimeOffset? completed) => new()
        {
            WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, IdempotencyKey = key, SubjectId = Guid.NewGuid(),
            State = state, CreatedAt = now.AddDays(-200), UpdatedAt = now.AddDays(-200), NextAttemptAt = now.AddDays(-200), CompletedAt = completed,
        };
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.WorkItems.AddRange(
                Item("done-old", PushState.Done, now.AddDays(-91)),
                Item("done-recent", PushState.Done, now.AddDays(-89)),
                Item("blocked-old", PushState.Blocked, null),
                Item("pending-old", PushState.Pending, null));
            return await db.SaveChangesAsync();
        });

        await factory.ScopedAsync(async s =>
        {
            await ActivatorUtilities.CreateInstance<HousekeepingJob>(s).RunAsync(CancellationToken.None);
            return 0;
        });

        var left = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters()
            .Where(w => w.ConnectionId == connection.Id).Select(w => w.IdempotencyKey).ToList());
        Assert.Equal(["blocked-old", "done-recent", "pending-old"], left.Order());
    }

    [Fact]
    public async Task RunsACrashLeftRunningAreClosedWithAReason()
    {
        var admin = await factory.CreateWorkspaceAsync();
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.SyncRuns.Add(new SyncRun { WorkspaceId = admin.WorkspaceId, Flow = "crashed", Status = SyncRunStatus.Running, StartedAt = DateTimeOffset.UtcNow.AddHours(-1) });
            return await db.SaveChangesAsync();
        });

        var closed = await factory.ScopedAsync(s => s.GetRequiredService<SyncRunRecorder>().CloseInterruptedAsync(CancellationToken.None));

        Assert.True(closed >= 1);
        var run = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters().Single(r => r.WorkspaceId == admin.WorkspaceId));
        Assert.Equal(SyncRunStatus.Failed, run.Status);
        Assert.NotNull(run.FinishedAt);
        Assert.StartsWith("Interrupted", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingFlowIsRecordedAsFailedWithItsError()
    {
        var admin = await factory.CreateWorkspaceAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.ScopedAsync<SyncRun>(s =>
            s.GetRequiredService<SyncRunRecorder>().RunAsync(admin.WorkspaceId, null, "Broken flow", (counts, _) =>
            {
                counts.Processed = 3;
                throw new InvalidOperationException("SFCC answered 503");
            }, CancellationToken.None)));

        var run = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().SyncRuns.IgnoreQueryFilters().Single(r => r.WorkspaceId == admin.WorkspaceId));
        Assert.Equal(SyncRunStatus.Failed, run.Status);
        Assert.Equal("SFCC answered 503", run.Error);
        Assert.Equal(3, run.Processed);
    }

    [Fact]
    public async Task RunsAppearOnTheDashboardApi()
    {
        var admin = await factory.CreateWorkspaceAsync();
        await factory.ScopedAsync(s => s.GetRequiredService<SyncRunRecorder>()
            .RunAsync(admin.WorkspaceId, null, "Visible flow", (c, _) => { c.Processed = 1; c.Succeeded = 1; return Task.CompletedTask; }, CancellationToken.None));

        var client = await factory.SignInAsync(admin);
        var runs = await (await client.GetAsync("/api/v1/sync-runs")).ReadAsync<PagedResult<SyncRunInfo>>();

        var run = Assert.Single(runs.Items);
        Assert.Equal("Visible flow", run.Flow);
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
    }
}
