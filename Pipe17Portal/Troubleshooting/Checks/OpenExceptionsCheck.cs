using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// Open order exceptions, by cause: none is a pass; any is a failure naming each cause with its count and the oldest, and
/// the fix is the Exceptions page (where each group has its own fix and Retry).
/// </summary>
public sealed class OpenExceptionsCheck : ICheck
{
    public string Key => "orders.open-exceptions";
    public string Title => "No orders blocked by an exception";
    public CheckArea Area => CheckArea.OrderHealth;
    public string HelpSlug => "order-exceptions";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var groups = await context.Db.OrderExceptions.AsNoTracking().Where(e => e.ResolvedAt == null)
            .GroupBy(e => e.Type)
            .Select(g => new { Type = g.Key, Count = g.Count(), Oldest = g.Min(e => e.OpenedAt) })
            .ToListAsync(ct);
        if (groups.Count == 0)
        {
            return CheckFinding.Pass("No order has an open exception.");
        }
        var total = groups.Sum(g => g.Count);
        var evidence = groups.OrderByDescending(g => g.Count)
            .Select(g => $"{ExceptionTitles.Title(g.Type)}: {g.Count} order{(g.Count == 1 ? "" : "s")}, oldest since {g.Oldest:yyyy-MM-dd HH:mm} UTC")
            .ToList();
        return CheckFinding.Fail($"{total} open exception{(total == 1 ? "" : "s")} in {groups.Count} cause{(groups.Count == 1 ? "" : "s")}.",
            new CheckFix("Open the Exceptions page: each cause says what to change; then Retry the orders.", "orders/exceptions"),
            evidence);
    }
}
