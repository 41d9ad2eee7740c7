using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Alerts.Detectors;

/// <summary>
/// Open orders that have not changed for longer than expected in their status: New and Ready for fulfillment after the
/// workspace's hours (they should be pushed within minutes), Sent to fulfillment or partly fulfilled after the longer
/// fulfillment hours, On hold once the hold ended that long ago. One notification per status, so a bad day is a few
/// notifications, not one per order.
/// </summary>
public sealed class StuckOrdersDetector(IOptions<AlertsOptions> options) : IAlertDetector
{
    private const int Named = 5;

    public IReadOnlyCollection<NotificationKind> Kinds { get; } = [NotificationKind.OrdersStuck];

    public async Task<IReadOnlyList<AlertSignal>> DetectAsync(AlertScanContext context, CancellationToken ct)
    {
        var quick = context.Now.AddHours(-context.Settings.StuckOrderHours);
        var slow = context.Now.AddHours(-options.Value.StuckInFulfillmentHours);
        var query = context.Db.Orders.AsNoTracking()
            .Where(o => ((o.Status == OrderStatus.New || o.Status == OrderStatus.ReadyForFulfillment) && o.UpdatedAt < quick)
                || ((o.Status == OrderStatus.SentToFulfillment || o.Status == OrderStatus.PartialFulfillment) && o.UpdatedAt < slow)
                || (o.Status == OrderStatus.OnHold && o.HoldUntil != null && o.HoldUntil < quick && o.UpdatedAt < quick));
        var counts = await query.GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var samples = new Dictionary<OrderStatus, List<(Guid Id, string SourceOrderId)>>();
        foreach (var status in counts.Select(c => c.Status))
        {
            samples[status] = [.. (await query.Where(o => o.Status == status).OrderBy(o => o.UpdatedAt).Take(Named)
                .Select(o => new { o.Id, o.SourceOrderId }).ToListAsync(ct)).Select(o => (o.Id, o.SourceOrderId))];
        }
        var stuck = counts.Select(c => new { c.Status, c.Count, Sample = samples[c.Status] });
        return [.. stuck.OrderBy(s => s.Status).Select(s =>
        {
            var hours = s.Status is OrderStatus.SentToFulfillment or OrderStatus.PartialFulfillment ? options.Value.StuckInFulfillmentHours : context.Settings.StuckOrderHours;
            var names = string.Join(", ", s.Sample.Select(o => o.SourceOrderId)) + (s.Count > Named ? $" and {s.Count - Named} more" : "");
            var link = s.Count == 1 ? $"orders/{s.Sample[0].Id}" : $"orders?status={s.Status}";
            return new AlertSignal(NotificationKind.OrdersStuck, s.Status.ToString(), NotificationSeverity.Warning,
                s.Count == 1 ? $"1 order stuck in {Label(s.Status)}" : $"{s.Count} orders stuck in {Label(s.Status)}",
                $"Unchanged for more than {hours} h: {names}. Open the order to see its timeline and exceptions.",
                link);
        })];
    }

    private static string Label(OrderStatus status) => status switch
    {
        OrderStatus.New => "New",
        OrderStatus.OnHold => "On hold",
        OrderStatus.ReadyForFulfillment => "Ready for fulfillment",
        OrderStatus.SentToFulfillment => "Sent to fulfillment",
        OrderStatus.PartialFulfillment => "Partial fulfillment",
        _ => status.ToString(),
    };
}
