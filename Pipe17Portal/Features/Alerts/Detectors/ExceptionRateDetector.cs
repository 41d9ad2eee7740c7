using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Alerts.Detectors;

/// <summary>
/// More new order exceptions within the last hour than the workspace's threshold. One condition per workspace: it lasts
/// while the hourly count stays at or above the threshold, and a new burst after it dropped counts as another occurrence.
/// </summary>
public sealed class ExceptionRateDetector : IAlertDetector
{
    public IReadOnlyCollection<NotificationKind> Kinds { get; } = [NotificationKind.ExceptionsAboveThreshold];

    public async Task<IReadOnlyList<AlertSignal>> DetectAsync(AlertScanContext context, CancellationToken ct)
    {
        var since = context.Now.AddHours(-1);
        var causes = await context.Db.OrderExceptions.AsNoTracking().Where(e => e.OpenedAt > since)
            .GroupBy(e => e.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = causes.Sum(c => c.Count);
        var threshold = context.Settings.ExceptionsPerHourThreshold;
        if (total < threshold)
        {
            return [];
        }
        var byCause = string.Join(", ", causes.OrderByDescending(c => c.Count).Select(c => $"{ExceptionTitles.Title(c.Type)} {c.Count}"));
        return [new AlertSignal(NotificationKind.ExceptionsAboveThreshold, "workspace", NotificationSeverity.Warning,
            $"{total} new order exceptions in the last hour",
            $"At or above your threshold of {threshold} an hour. By cause: {byCause}.",
            "orders/exceptions")];
    }
}
