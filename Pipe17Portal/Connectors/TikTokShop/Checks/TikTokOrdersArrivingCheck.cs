using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Sync;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>
/// Orders actually arrive: the last order pull (scheduled or started by a webhook) did not fail, and an order was imported
/// recently. A long silence while the pull is on is a warning, not a failure: a quiet shop looks the same. The figures
/// (last import, orders in the window, webhook deliveries) are the evidence either way.
/// </summary>
public sealed class TikTokOrdersArrivingCheck(IOptions<TikTokCheckOptions> options) : ICheck
{
    private static readonly string[] PullFlows = [TikTokOrderPull.Flow, TikTokOrderPull.WebhookFlow];

    public string Key => "tiktok.orders-arriving";
    public string Title => "TikTok Shop orders are arriving";
    public CheckArea Area => CheckArea.TikTokShop;
    public string HelpSlug => "tiktok-orders-not-arriving";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var shops = context.Of(ConnectorKind.TikTokShop);
        if (shops.Count == 0)
        {
            return CheckFinding.Fail("There is no TikTok Shop connection, so no order can arrive.", CheckFindings.AddConnection("your TikTok Shop"));
        }
        return await CheckFindings.EachAsync(shops, shop => OneAsync(context, shop, ct));
    }

    private async Task<CheckFinding> OneAsync(CheckContext context, Connection shop, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(shop.SettingsJson);
        var page = CheckContext.ConnectionPage(shop.Id);
        if (shop.Status != ConnectionStatus.Connected)
        {
            return CheckFinding.Skipped($"'{shop.DisplayName}' is not connected (see \"TikTok Shop is authorized\"), so no order can arrive.", new CheckFix("Connect the shop first.", page));
        }
        if (!settings.PullOrders)
        {
            return CheckFinding.Skipped($"Pull orders is off for '{shop.DisplayName}' (see \"TikTok Shop pulls orders\"), so orders are not expected.", new CheckFix("Switch Pull orders on.", page));
        }

        var now = context.Now;
        var db = context.Db;
        var quiet = TimeSpan.FromHours(options.Value.QuietOrderHours);
        var window = TimeSpan.FromHours(options.Value.WebhookWindowHours);
        var lastImport = await db.Orders.AsNoTracking().Where(o => o.SourceConnectionId == shop.Id).MaxAsync(o => (DateTimeOffset?)o.CreatedAt, ct);
        var since = now - quiet;
        var recent = await db.Orders.AsNoTracking().CountAsync(o => o.SourceConnectionId == shop.Id && o.CreatedAt >= since, ct);
        var lastRun = await db.SyncRuns.AsNoTracking().Where(r => r.ConnectionId == shop.Id && PullFlows.Contains(r.Flow) && r.Status != SyncRunStatus.Running)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        var webhookSince = now - window;
        var webhooks = await db.WebhookReceipts.AsNoTracking().Where(w => w.ConnectionId == shop.Id && w.ReceivedAt >= webhookSince).CountAsync(ct);
        var lastWebhook = await db.WebhookReceipts.AsNoTracking().Where(w => w.ConnectionId == shop.Id).MaxAsync(w => (DateTimeOffset?)w.ReceivedAt, ct);

        var evidence = new List<string>
        {
            lastImport is null ? "No order imported yet" : $"Last order imported {lastImport:yyyy-MM-dd HH:mm} UTC",
            $"{CheckFindings.Count(recent, "order")} imported in the last {options.Value.QuietOrderHours} h",
            lastRun is null ? "The order pull has not run yet"
                : $"Last order pull ({lastRun.Flow}) {lastRun.StartedAt:yyyy-MM-dd HH:mm} UTC: {lastRun.Status}, {lastRun.Succeeded} imported, {lastRun.Failed} failed{(lastRun.Error is null ? "" : $" — {lastRun.Error}")}",
            $"{CheckFindings.Count(webhooks, "webhook delivery", "webhook deliveries")} in the last {options.Value.WebhookWindowHours} h{(lastWebhook is null ? ", none ever" : $", last {lastWebhook:yyyy-MM-dd HH:mm} UTC")}",
        };
        if (lastRun is { Status: SyncRunStatus.Failed })
        {
            return CheckFinding.Fail($"The last order pull of '{shop.DisplayName}' failed: {lastRun.Error ?? "no error recorded"}.",
                new CheckFix("Fix the cause named above (often the shop's authorization), then click Run now on the order pull under Integrations.", page), evidence);
        }
        if (lastRun is null)
        {
            return CheckFinding.Warn($"The order pull of '{shop.DisplayName}' has not run yet.",
                new CheckFix("Wait for its schedule, or click Run now on the order pull under Integrations.", "integrations"), evidence);
        }
        if (lastImport is null || lastImport < since)
        {
            return CheckFinding.Warn(lastImport is null
                    ? $"No order has arrived from '{shop.DisplayName}' yet, although the order pull runs."
                    : $"No order has arrived from '{shop.DisplayName}' for more than {options.Value.QuietOrderHours} h, although the order pull runs.",
                new CheckFix("If the shop did sell in that time, check that the orders exist in TikTok Seller Center and that the connection's shop is the one selling; then click Run now on the order pull.", page),
                evidence);
        }
        return CheckFinding.Pass($"Orders arrive from '{shop.DisplayName}': {CheckFindings.Count(recent, "order")} in the last {options.Value.QuietOrderHours} h.", evidence);
    }
}
