using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;

namespace Pipe17Portal.Connectors.TikTokShop.Jobs;

/// <summary>Quartz keeps its schedule in memory, so every connected shop's flows are scheduled again when the portal starts.</summary>
public sealed class TikTokFlowsAtStartup(IServiceScopeFactory scopes, ILogger<TikTokFlowsAtStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var link = scope.ServiceProvider.GetRequiredService<TikTokShopLink>();
        var connections = await db.Connections.IgnoreQueryFilters()
            .Where(c => c.Kind == ConnectorKind.TikTokShop && c.Status == ConnectionStatus.Connected)
            .ToListAsync(ct);
        foreach (var connection in connections)
        {
            await link.ApplyScheduleAsync(connection, ct);
        }
        if (connections.Count > 0)
        {
            logger.LogInformation("Scheduled the flows of {Count} connected TikTok shop(s).", connections.Count);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
