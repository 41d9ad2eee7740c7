using Bunit;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Connections;

namespace Pipe17Portal.Tests.Client.Features.Connections;

public class SyncProgressTests : PortalComponentTest
{
    private sealed class FakeActivityApi(params SyncRunInfo[] runs) : IActivityApi
    {
        public Task<PagedResult<AuditEntryInfo>> GetAuditLogAsync(int page = 1, int pageSize = 50, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<PagedResult<SyncRunInfo>> GetSyncRunsAsync(int page = 1, int pageSize = 20, Guid? connectionId = null, CancellationToken ct = default) =>
            Task.FromResult(new PagedResult<SyncRunInfo>([.. runs.Where(r => r.ConnectionId == connectionId)], runs.Length, page, pageSize));
    }

    private static SyncRunInfo Run(Guid connection, SyncRunStatus status, int? expected, int processed, string? error = null) =>
        new(Guid.NewGuid(), "SFCC catalog pull", connection, "SFCC", status, DateTimeOffset.UtcNow, null, expected, processed, processed, 0, error);

    [Fact]
    public void ARunningPullShowsHowFarItGot()
    {
        var connection = Guid.NewGuid();
        Services.AddSingleton<IActivityApi>(new FakeActivityApi(Run(connection, SyncRunStatus.Running, 50_000, 20_000)));
        RenderInteractively();

        var cut = Render<SyncProgress>(p => p.Add(s => s.ConnectionId, connection).Add(s => s.Flow, "SFCC catalog pull"));

        Assert.Contains("20000 of 50000 items", cut.Markup);
        Assert.Contains("translateX(-60%)", cut.Find(".mud-progress-linear-bar").GetAttribute("style")); // 40% done
    }

    [Fact]
    public void AFinishedRunShowsNoBarButItsError()
    {
        var connection = Guid.NewGuid();
        Services.AddSingleton<IActivityApi>(new FakeActivityApi(Run(connection, SyncRunStatus.Failed, 10, 4, "SCAPI answered 503")));
        RenderInteractively();

        var cut = Render<SyncProgress>(p => p.Add(s => s.ConnectionId, connection).Add(s => s.Flow, "SFCC catalog pull"));

        Assert.Empty(cut.FindAll(".mud-progress-linear"));
        Assert.Contains("SCAPI answered 503", cut.Markup);
    }
}
