using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Propagates a cancellation (DESIGN §5.2): sets the SFCC order's status to <c>cancelled</c> through the Orders API, then
/// reads the order back and records "cancellation confirmed" — or raises an exception when SFCC refuses or disagrees.
/// </summary>
public sealed class SfccOrderCanceller(
    IDbContextFactory<PortalDbContext> dbFactory,
    OrderExceptionBook exceptions,
    IOptions<OrderPushOptions> options,
    TimeProvider clock)
{
    private const string Cancelled = "cancelled";

    public async Task<WorkOutcome> CancelAsync(Guid workItemId, SfccClient client, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.WorkItems.IgnoreQueryFilters().SingleAsync(w => w.Id == workItemId, ct);
        if (item.State == PushState.Done)
        {
            return WorkOutcome.Done;
        }
        var order = await db.Orders.IgnoreQueryFilters().SingleAsync(o => o.Id == item.SubjectId, ct);
        var link = await db.ExternalLinks.IgnoreQueryFilters()
            .SingleOrDefaultAsync(l => l.ConnectionId == item.ConnectionId && l.EntityType == ExternalLink.OrderEntity && l.LocalId == order.Id, ct);
        if (link is null)
        {
            return await DoneAsync(db, item, null, "Nothing to cancel in Salesforce: the order was never created there.", ct);
        }
        item.Attempts++;
        item.UpdatedAt = clock.GetUtcNow();

        var before = await client.Orders.GetAsync(link.ExternalId, ct);
        if (!before.IsSuccess)
        {
            return await FailAsync(db, item, link, before.Error, "could not be read", ct);
        }
        if (before.Data.Status != Cancelled)
        {
            OrderTimeline.Add(db, order.Id, clock.GetUtcNow(), $"Cancelling Salesforce order {link.ExternalId} (status {before.Data.Status}).", new { status = Cancelled });
            var changed = await client.Orders.UpdateStatusAsync(link.ExternalId, Cancelled, ct);
            if (!changed.IsSuccess)
            {
                return await FailAsync(db, item, link, changed.Error, "was refused", ct);
            }
        }

        var after = await client.Orders.GetAsync(link.ExternalId, ct);
        if (!after.IsSuccess)
        {
            return await FailAsync(db, item, link, after.Error, "could not be confirmed", ct);
        }
        link.ExternalStatus = after.Data.Status;
        link.UpdatedAt = clock.GetUtcNow();
        if (after.Data.Status != Cancelled)
        {
            return await BlockAsync(db, item, link,
                OrderProblems.CancellationFailed(item.ConnectionId, link.ExternalId, $"SFCC reports status '{after.Data.Status}' after the change.", null), ct);
        }
        await exceptions.ResolveAllAsync(db, order.Id, item.ConnectionId, ct);
        return await DoneAsync(db, item, after.Data, $"Cancellation confirmed: Salesforce order {link.ExternalId} is cancelled.", ct);
    }

    private async Task<WorkOutcome> DoneAsync(PortalDbContext db, WorkItem item, object? payload, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        item.State = PushState.Done;
        item.LastError = null;
        item.CompletedAt = now;
        item.UpdatedAt = now;
        OrderTimeline.Add(db, item.SubjectId, now, message, payload);
        await db.SaveChangesAsync(ct);
        return WorkOutcome.Done;
    }

    private async Task<WorkOutcome> FailAsync(PortalDbContext db, WorkItem item, ExternalLink link, SfccError error, string what, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (OrderProblems.IsTransient(error) && item.Attempts < options.Value.MaxAttempts)
        {
            item.State = PushState.Pending;
            item.NextAttemptAt = now + options.Value.DelayAfter(item.Attempts);
            item.LastError = error.ToString();
            OrderTimeline.Add(db, item.SubjectId, now, $"Cancellation attempt {item.Attempts} did not complete ({error.Message}); trying again at {item.NextAttemptAt:HH:mm:ss} UTC.", error);
            await db.SaveChangesAsync(ct);
            return WorkOutcome.Retry;
        }
        return await BlockAsync(db, item, link, OrderProblems.CancellationFailed(item.ConnectionId, link.ExternalId, $"the status change {what}: {error.Message}", error), ct);
    }

    private async Task<WorkOutcome> BlockAsync(PortalDbContext db, WorkItem item, ExternalLink link, Client.Api.Contracts.OrderProblemInfo problem, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var order = await db.Orders.IgnoreQueryFilters().SingleAsync(o => o.Id == item.SubjectId, ct);
        await exceptions.RaiseAsync(db, order, item.ConnectionId, [problem], ct);
        item.State = PushState.Blocked;
        item.LastError = problem.Message;
        item.UpdatedAt = now;
        OrderTimeline.Add(db, order.Id, now, problem.Message, new { problem.SfccFaultType, problem.SfccMessage, link.ExternalId });
        await db.SaveChangesAsync(ct);
        return WorkOutcome.Blocked;
    }
}
