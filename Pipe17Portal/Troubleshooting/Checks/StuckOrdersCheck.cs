using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// Orders that stay at one stage of the round trip longer than expected, counted per stage with examples: ready but not
/// created in Salesforce, in Salesforce but no shipping request back, shipped but the tracking not on TikTok Shop. A stage
/// whose flow is switched off is not judged (its own check says so). Past the threshold an order is late (warning); past
/// <see cref="StuckOrderOptions.StuckFactor"/> times it, stuck (failure).
/// </summary>
public sealed class StuckOrdersCheck(IOptions<StuckOrderOptions> options) : ICheck
{
    public string Key => "orders.stuck";
    public string Title => "No order is stuck between TikTok Shop and Salesforce";
    public CheckArea Area => CheckArea.OrderHealth;
    public string HelpSlug => "stuck-orders";

    private sealed record Waiting(Guid OrderId, string SourceOrderId, DateTimeOffset Since);

    private sealed record Stage(string Name, TimeSpan Threshold, IReadOnlyList<Waiting> Orders, string Fix);

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var o = options.Value;
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud).Select(c => (c.Id, Settings: SfccConnectionSettings.Read(c.SettingsJson))).ToList();
        var shops = context.Of(ConnectorKind.TikTokShop).Select(c => (c.Id, Settings: TikTokConnectionSettings.Read(c.SettingsJson))).ToList();
        var stages = new List<Stage>();
        var notJudged = new List<string>();

        var pushing = sfccs.Where(s => s.Settings.PushOrders && s.Settings.StatusesToPush.Contains(OrderStatus.ReadyForFulfillment)).Select(s => s.Id).ToList();
        if (pushing.Count > 0)
        {
            stages.Add(new Stage($"Ready for fulfillment but not in Salesforce after {o.NotInSalesforceMinutes} min", TimeSpan.FromMinutes(o.NotInSalesforceMinutes),
                await NotInSalesforceAsync(context, pushing, ct),
                "Open the order: its timeline and exceptions say why the push has not created it (Retry once fixed)."));
        }
        else
        {
            notJudged.Add("Push to Salesforce: off (see \"Orders are pushed to Salesforce\")");
        }

        var pulling = sfccs.Where(s => s.Settings.PullShippingRequests).Select(s => s.Id).ToList();
        if (pulling.Count > 0)
        {
            stages.Add(new Stage($"In Salesforce but no shipping request after {o.NoShippingRequestHours} h", TimeSpan.FromHours(o.NoShippingRequestHours),
                await NoShippingRequestAsync(context, pulling, ct),
                "Check in Business Manager that the order was exported to the warehouse (export status READY); the shipping-request pull reads only those."));
        }
        else
        {
            notJudged.Add("Shipping-request pull: off");
        }

        var pushingTracking = shops.Where(s => s.Settings.PushFulfillments).Select(s => s.Id).ToList();
        if (pushingTracking.Count > 0)
        {
            stages.Add(new Stage($"Shipped in Salesforce but tracking not on TikTok Shop after {o.TrackingNotOnTikTokMinutes} min", TimeSpan.FromMinutes(o.TrackingNotOnTikTokMinutes),
                await TrackingNotOnTikTokAsync(context, pushingTracking, ct),
                "Open the order: the fulfillment push's exception names the cause (often an unmapped carrier)."));
        }
        else
        {
            notJudged.Add("TikTok fulfillment push: off (see \"TikTok Shop pulls orders and pushes fulfillments\")");
        }

        if (stages.Count == 0)
        {
            return CheckFinding.Skipped("No stage can be judged: the flows that move orders along are off.", new CheckFix("Switch the flows on under Integrations.", "integrations"));
        }

        var now = context.Now;
        var evidence = new List<string>();
        var worst = CheckOutcome.Pass;
        (Stage Stage, Waiting Order)? first = null;
        foreach (var stage in stages)
        {
            var late = stage.Orders.Where(w => now - w.Since > stage.Threshold).OrderBy(w => w.Since).ToList();
            var stuck = late.Count(w => now - w.Since > stage.Threshold * o.StuckFactor);
            evidence.Add($"{stage.Name}: {CheckFindings.Count(late.Count, "order")}{(stuck > 0 ? $", {stuck} of them for over {Describe(stage.Threshold * o.StuckFactor)}" : "")}");
            evidence.AddRange(late.Take(o.Examples).Select(w => $"  order {w.SourceOrderId} waiting since {w.Since:yyyy-MM-dd HH:mm} UTC — orders/{w.OrderId}"));
            var outcome = stuck > 0 ? CheckOutcome.Fail : late.Count > 0 ? CheckOutcome.Warn : CheckOutcome.Pass;
            if (CheckFindings.Severity(outcome) > CheckFindings.Severity(worst))
            {
                worst = outcome;
                first = (stage, late[0]);
            }
        }
        evidence.AddRange(notJudged.Select(n => $"Not judged — {n}"));
        if (first is not { } example)
        {
            return CheckFinding.Pass("No order is waiting longer than expected at any stage.", evidence);
        }
        var fix = new CheckFix(example.Stage.Fix, $"orders/{example.Order.OrderId}");
        return worst == CheckOutcome.Fail
            ? CheckFinding.Fail($"Orders are stuck: {example.Stage.Name.ToLowerInvariant()} (the oldest is {example.Order.SourceOrderId}).", fix, evidence)
            : CheckFinding.Warn($"Orders are late: {example.Stage.Name.ToLowerInvariant()} (the oldest is {example.Order.SourceOrderId}).", fix, evidence);
    }

    private static async Task<IReadOnlyList<Waiting>> NotInSalesforceAsync(CheckContext context, List<Guid> sfccIds, CancellationToken ct)
    {
        var db = context.Db;
        var rows = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.ReadyForFulfillment && !sfccIds.Contains(o.SourceConnectionId))
            .Where(o => !db.ExternalLinks.Any(l => l.EntityType == ExternalLink.OrderEntity && l.LocalId == o.Id && sfccIds.Contains(l.ConnectionId)))
            .Select(o => new { o.Id, o.SourceOrderId, o.HoldUntil, o.PaidAt, o.PlacedAt })
            .ToListAsync(ct);
        // Ready from the end of its hold (or payment, or placement when the channel gives neither).
        return [.. rows.Select(r => new Waiting(r.Id, r.SourceOrderId, r.HoldUntil ?? r.PaidAt ?? r.PlacedAt))];
    }

    private static async Task<IReadOnlyList<Waiting>> NoShippingRequestAsync(CheckContext context, List<Guid> sfccIds, CancellationToken ct)
    {
        var db = context.Db;
        var open = new[] { OrderStatus.ReadyForFulfillment, OrderStatus.SentToFulfillment };
        return await db.ExternalLinks.AsNoTracking()
            .Where(l => l.EntityType == ExternalLink.OrderEntity && sfccIds.Contains(l.ConnectionId))
            .Join(db.Orders.AsNoTracking().Where(o => open.Contains(o.Status)), l => l.LocalId, o => o.Id, (l, o) => new { o.Id, o.SourceOrderId, l.LinkedAt })
            .Where(x => !db.ShippingRequests.Any(r => r.OrderId == x.Id) && !db.Fulfillments.Any(f => f.OrderId == x.Id))
            .Select(x => new Waiting(x.Id, x.SourceOrderId, x.LinkedAt))
            .ToListAsync(ct);
    }

    private static async Task<IReadOnlyList<Waiting>> TrackingNotOnTikTokAsync(CheckContext context, List<Guid> shopIds, CancellationToken ct)
    {
        var db = context.Db;
        return await db.Fulfillments.AsNoTracking().Where(f => f.ChannelConfirmedAt == null)
            .Join(db.Orders.AsNoTracking().Where(o => shopIds.Contains(o.SourceConnectionId) && o.Status != OrderStatus.Canceled), f => f.OrderId, o => o.Id,
                (f, o) => new Waiting(o.Id, o.SourceOrderId, f.CreatedAt))
            .ToListAsync(ct);
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 48 ? $"{span.TotalDays:0} days" : span.TotalMinutes >= 120 ? $"{span.TotalHours:0} h" : $"{span.TotalMinutes:0} min";
}
