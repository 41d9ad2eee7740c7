using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Propagates a cancellation (DESIGN §5.2): sets the SFCC order's status to <c>cancelled</c> through the Orders API, then
/// reads the order back and records "cancellation confirmed" — or raises an exception when SFCC refuses or disagrees.
/// </summary>
public sealed class SfccCancelOrderHandler(
    SfccSession sessions,
    ConnectionJobs jobs,
    IOptions<OrderPushOptions> options,
    TimeProvider clock) : SfccOrderWrites(jobs, options, clock)
{
    private const string Cancelled = "cancelled";

    public override WorkItemKind Kind => WorkItemKind.SfccCancelOrder;

    public override async Task<WorkResult> HandleAsync(WorkAttempt attempt, CancellationToken ct)
    {
        var (item, connection, db, _) = attempt;
        var link = await db.ExternalLinks.IgnoreQueryFilters()
            .SingleOrDefaultAsync(l => l.ConnectionId == item.ConnectionId && l.EntityType == ExternalLink.OrderEntity && l.LocalId == item.SubjectId, ct);
        if (link is null)
        {
            return new WorkResult.Done("Nothing to cancel in Salesforce: the order was never created there.");
        }
        var (_, client) = await sessions.ForAsync(connection, ct);

        var before = await client.Orders.GetAsync(link.ExternalId, ct);
        if (!before.IsSuccess)
        {
            return Fail(item, link, before.Error, "could not be read");
        }
        if (before.Data.Status != Cancelled)
        {
            Timeline(attempt, $"Cancelling Salesforce order {link.ExternalId} (status {before.Data.Status}).", new { status = Cancelled });
            var changed = await client.Orders.UpdateStatusAsync(link.ExternalId, Cancelled, ct);
            if (!changed.IsSuccess)
            {
                return Fail(item, link, changed.Error, "was refused");
            }
        }

        var after = await client.Orders.GetAsync(link.ExternalId, ct);
        if (!after.IsSuccess)
        {
            return Fail(item, link, after.Error, "could not be confirmed");
        }
        link.ExternalStatus = after.Data.Status;
        link.UpdatedAt = Now;
        if (after.Data.Status != Cancelled)
        {
            return new WorkResult.Blocked(
                [OrderProblems.CancellationFailed(item.ConnectionId, link.ExternalId, $"SFCC reports status '{after.Data.Status}' after the change.", null)],
                $"The cancellation of Salesforce order {link.ExternalId} was not confirmed: SFCC reports status '{after.Data.Status}'.");
        }
        return new WorkResult.Done($"Cancellation confirmed: Salesforce order {link.ExternalId} is cancelled.", Payload(after.Data));
    }

    private static WorkResult Fail(WorkItem item, ExternalLink link, SfccError error, string what)
    {
        var problem = OrderProblems.CancellationFailed(item.ConnectionId, link.ExternalId, $"the status change {what}: {error.Message}", error);
        return OrderProblems.IsTransient(error)
            ? new WorkResult.Retry(error.Message, problem, Payload: Payload(error))
            : new WorkResult.Blocked([problem], problem.Message);
    }
}
