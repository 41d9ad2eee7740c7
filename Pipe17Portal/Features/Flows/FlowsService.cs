using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Flows;

/// <summary>
/// Every flow of every connection of the workspace, read from the connectors (what runs and whether it is on), Quartz
/// (next run) and the recorded runs (last run, 24-hour totals); and Run now, which starts a scheduled flow at once.
/// </summary>
public sealed class FlowsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IConnector> connectors,
    ConnectionJobs jobs,
    CurrentMember current,
    AuditTrail audit,
    TimeProvider clock) : IFlowsApi
{
    public async Task<IReadOnlyList<FlowStatusInfo>> ListAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connections = await db.Connections.AsNoTracking().ToListAsync(ct);
        var since = clock.GetUtcNow().AddHours(-24);
        var totals = await db.SyncRuns.AsNoTracking().Where(r => r.StartedAt >= since && r.ConnectionId != null)
            .GroupBy(r => new { r.ConnectionId, r.Flow })
            .Select(g => new { g.Key.ConnectionId, g.Key.Flow, Processed = g.Sum(r => r.Processed), Failed = g.Sum(r => r.Failed) })
            .ToListAsync(ct);
        var byKind = connectors.ToDictionary(c => c.Kind);

        var flows = new List<FlowStatusInfo>();
        foreach (var connection in connections.OrderBy(c => c.Kind).ThenBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase))
        {
            if (!byKind.TryGetValue(connection.Kind, out var connector))
            {
                continue;
            }
            foreach (var flow in connector.Flows(connection))
            {
                var last = await db.SyncRuns.AsNoTracking()
                    .Where(r => r.ConnectionId == connection.Id && flow.RunNames.Contains(r.Flow))
                    .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
                var mine = totals.Where(t => t.ConnectionId == connection.Id && flow.RunNames.Contains(t.Flow)).ToList();
                flows.Add(new FlowStatusInfo(connection.Id, connection.DisplayName, connection.Kind, flow.Key, flow.Name, flow.Setting,
                    flow.Enabled, await jobs.IsScheduledAsync(flow.Key, connection.Id, ct),
                    last?.StartedAt, last?.Status, last?.Processed, last?.Error,
                    await jobs.NextRunAsync(flow.Key, connection.Id, ct),
                    mine.Sum(t => t.Processed), mine.Sum(t => t.Failed)));
            }
        }
        return flows;
    }

    public async Task<FlowRunStarted> RunNowAsync(Guid connectionId, string flow, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Running a flow now");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct)
            ?? throw ApiProblemException.NotFound("The connection");
        var connector = connectors.SingleOrDefault(c => c.Kind == connection.Kind)
            ?? throw ApiProblemException.NotFound("A connector for this connection");
        var known = connector.Flows(connection);
        var target = known.SingleOrDefault(f => f.Key == flow)
            ?? throw ApiProblemException.Invalid("flow", $"'{connection.DisplayName}' has no flow '{flow}'. Its flows are: {string.Join(", ", known.Select(f => f.Key))}.");
        if (connection.Status != ConnectionStatus.Connected)
        {
            throw ApiProblemException.Conflict($"'{connection.DisplayName}' is not connected, so none of its flows can run. Open it and click Connect first.");
        }
        if (!target.Enabled || !await jobs.IsScheduledAsync(target.Key, connection.Id, ct))
        {
            throw ApiProblemException.Conflict($"{target.Name} is switched off on '{connection.DisplayName}'. Turn on \"{target.Setting}\" in its settings first.");
        }
        await jobs.TriggerAsync(target.Key, connection.Id, ct);
        audit.Record(db, me, "Flow run started", connection, target.Name, null);
        await db.SaveChangesAsync(ct);
        return new FlowRunStarted(connection.Id, target.Key, $"{target.Name} is running now; its run shows here when it has finished.");
    }
}
