using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>
/// At start-up: closes the sync runs a crash left running, then gives every connected connection its flows back (Quartz
/// keeps its schedule in memory), each through its own connector.
/// </summary>
public sealed class ConnectorFlowsAtStartup(IServiceScopeFactory scopes, ILogger<ConnectorFlowsAtStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var closed = await scope.ServiceProvider.GetRequiredService<SyncRunRecorder>().CloseInterruptedAsync(ct);
        if (closed > 0)
        {
            logger.LogWarning("Closed {Count} sync run(s) left running when the portal last stopped.", closed);
        }

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connectors = scope.ServiceProvider.GetServices<IConnector>().ToDictionary(c => c.Kind);
        var connections = await db.Connections.IgnoreQueryFilters().AsNoTracking().Where(c => c.Status == ConnectionStatus.Connected).ToListAsync(ct);
        foreach (var connection in connections)
        {
            if (connectors.TryGetValue(connection.Kind, out var connector))
            {
                await connector.ApplyScheduleAsync(connection, ct);
            }
        }
        if (connections.Count > 0)
        {
            logger.LogInformation("Scheduled the flows of {Count} connected connection(s).", connections.Count);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
