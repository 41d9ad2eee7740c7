using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Dashboard;

/// <summary>Counts for the Dashboard, each one query over an index (the workspace may hold a million orders).</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current) : IDashboardApi
{
    public async Task<DashboardSummary> GetAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);

        var canceled = await db.Orders.CountAsync(o => o.Status == OrderStatus.Canceled, ct);
        var imported = await db.Orders.CountAsync(ct) - canceled;
        var inSalesforce = await db.ExternalLinks.Where(l => l.EntityType == ExternalLink.OrderEntity && l.ExternalStatus != "cancelled")
            .Select(l => l.LocalId).Distinct().CountAsync(ct);
        var shipped = await db.Fulfillments.Select(f => f.OrderId).Distinct().CountAsync(ct);
        var tracked = await db.Fulfillments.Where(f => f.ChannelConfirmedAt != null).Select(f => f.OrderId).Distinct().CountAsync(ct);
        var withExceptions = await db.OrderExceptions.Where(e => e.ResolvedAt == null).Select(e => e.OrderId).Distinct().CountAsync(ct);

        var tiktok = await db.Connections.AsNoTracking().Where(c => c.Kind == ConnectorKind.TikTokShop).ToListAsync(ct);
        var stock = await db.ChannelStocks.GroupBy(s => s.ConnectionId).Select(g => new
        {
            ConnectionId = g.Key,
            Tracked = g.Count(),
            Waiting = g.Count(s => s.PendingSince != null),
            Oldest = g.Min(s => s.PendingSince),
            LastPushed = g.Max(s => s.PushedAt),
            Failing = g.Count(s => s.LastError != null),
        }).ToListAsync(ct);
        var inventory = tiktok.OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase).Select(c =>
        {
            var s = stock.SingleOrDefault(x => x.ConnectionId == c.Id);
            return new InventoryFreshness(c.Id, c.DisplayName, TikTokConnectionSettings.Read(c.SettingsJson).PushInventory,
                s?.Tracked ?? 0, s?.Waiting ?? 0, s?.Oldest, s?.LastPushed, s?.Failing ?? 0);
        }).ToList();

        return new DashboardSummary(new OrderStages(imported, inSalesforce, shipped, tracked, canceled, withExceptions), inventory);
    }
}
