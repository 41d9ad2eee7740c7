using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Data;

namespace Pipe17Portal.Connectors.Sfcc.Jobs;

/// <summary>Quartz keeps its schedule in memory, so connected Salesforce instances get their flows back at start-up.</summary>
public sealed class SfccFlowsAtStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<SfccConnectionService>();
        foreach (var connection in await db.Connections.IgnoreQueryFilters()
            .Where(c => c.Kind == ConnectorKind.SalesforceCommerceCloud && c.Status == ConnectionStatus.Connected).ToListAsync(ct))
        {
            await service.ApplyScheduleAsync(connection, ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
