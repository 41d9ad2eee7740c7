using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// Orders can reach Salesforce at all: a connected Salesforce connection with Push orders to Salesforce on, and TikTok
/// Shop orders being imported (the push has nothing to send otherwise). Push off offers the one-click fix.
/// </summary>
public sealed class OrdersPushEnabledCheck : ICheck
{
    public string Key => "orders.push-enabled";
    public string Title => "Orders are pushed to Salesforce";
    public CheckArea Area => CheckArea.OrdersToSalesforce;
    public string HelpSlug => "orders-not-pushed";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud);
        if (sfccs.Count == 0)
        {
            return CheckFinding.Fail("There is no Salesforce connection to push orders to.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance"));
        }
        var shops = context.Of(ConnectorKind.TikTokShop).Select(c => c.Id).ToList();
        var imported = await context.Db.Orders.AsNoTracking().Where(o => shops.Contains(o.SourceConnectionId))
            .GroupBy(o => 1).Select(g => new { Count = g.Count(), Last = g.Max(o => o.CreatedAt) }).SingleOrDefaultAsync(ct);
        var importEvidence = shops.Count == 0 ? "No TikTok Shop connection"
            : imported is null ? "No TikTok Shop order imported yet"
            : $"{CheckFindings.Count(imported.Count, "TikTok Shop order")} imported, the last at {imported.Last:yyyy-MM-dd HH:mm} UTC";

        var parts = new List<(string, CheckFinding)>();
        foreach (var sfcc in sfccs)
        {
            var s = SfccConnectionSettings.Read(sfcc.SettingsJson);
            var page = CheckContext.ConnectionPage(sfcc.Id, "order-sync");
            string[] evidence = [$"Connection status: {sfcc.Status}", $"Push orders to Salesforce: {(s.PushOrders ? "on" : "off")}", importEvidence];
            parts.Add((sfcc.DisplayName, true switch
            {
                _ when sfcc.Status != ConnectionStatus.Connected => CheckFinding.Fail($"'{sfcc.DisplayName}' is not connected ({sfcc.Status}), so no order can be pushed.",
                    new CheckFix("Open the connection, fix what its checks name and click Connect.", CheckContext.ConnectionPage(sfcc.Id)), evidence),
                _ when !s.PushOrders => CheckFinding.Fail($"Push orders to Salesforce is off on '{sfcc.DisplayName}': orders stay in the portal.",
                    new CheckFix("Switch Push orders to Salesforce on (after a successful Test one order).", page,
                        new CheckAction(EnableOrderPushAction.ActionKind, sfcc.Id, null, "Turn Push orders to Salesforce on")), evidence),
                _ when shops.Count == 0 => CheckFinding.Fail("Push is on, but there is no TikTok Shop connection to import orders from.", CheckFindings.AddConnection("your TikTok Shop"), evidence),
                _ when imported is null => CheckFinding.Warn("Push is on, but no TikTok Shop order has been imported yet, so nothing has been pushed.",
                    new CheckFix("See \"TikTok Shop orders are arriving\" for why; a new shop may simply have had no sale yet.", "help/tiktok-orders-not-arriving"), evidence),
                _ => CheckFinding.Pass($"Push orders to Salesforce is on and TikTok Shop orders are imported ({imported.Count}).", evidence),
            }));
        }
        return CheckFindings.Worst(parts);
    }
}
