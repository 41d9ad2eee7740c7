using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// The exception book: opens, refreshes and resolves an order's exceptions for one connection (one open row per type).
/// Changes are staged in the caller's context and saved with the change that caused them.
/// </summary>
public sealed class OrderExceptionBook(TimeProvider clock)
{
    /// <summary>Opens the problems (or refreshes the open ones of the same type) and resolves open ones of other types.</summary>
    public async Task RaiseAsync(PortalDbContext db, Guid orderId, Guid workspaceId, Guid connectionId, IReadOnlyList<OrderProblemInfo> problems, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = await OpenAsync(db, orderId, connectionId, ct);
        foreach (var problem in problems.DistinctBy(p => p.Type))
        {
            var row = open.FirstOrDefault(e => e.Type == problem.Type);
            if (row is null)
            {
                row = new OrderException
                {
                    WorkspaceId = workspaceId,
                    OrderId = orderId,
                    ConnectionId = connectionId,
                    Type = problem.Type,
                    Message = "",
                    Cause = "",
                    Fix = "",
                    OpenedAt = now,
                };
                db.OrderExceptions.Add(row);
            }
            row.Message = Clip(problem.Message, 1000);
            row.Cause = Clip(problem.Cause, 2000);
            row.Fix = Clip(problem.Fix, 2000);
            row.FixLink = problem.FixLink;
            row.ExternalFaultType = problem.ExternalFaultType;
            row.ExternalMessage = problem.ExternalMessage is null ? null : Clip(problem.ExternalMessage, 2000);
            row.LastSeenAt = now;
        }
        foreach (var stale in open.Where(e => problems.All(p => p.Type != e.Type)))
        {
            stale.ResolvedAt = now;
        }
    }

    /// <summary>Resolves every open exception of the order for the connection (the push or cancellation succeeded).</summary>
    public async Task<int> ResolveAllAsync(PortalDbContext db, Guid orderId, Guid connectionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = await OpenAsync(db, orderId, connectionId, ct);
        foreach (var row in open)
        {
            row.ResolvedAt = now;
        }
        return open.Count;
    }

    private static Task<List<OrderException>> OpenAsync(PortalDbContext db, Guid orderId, Guid connectionId, CancellationToken ct) =>
        db.OrderExceptions.IgnoreQueryFilters().Where(e => e.OrderId == orderId && e.ConnectionId == connectionId && e.ResolvedAt == null).ToListAsync(ct);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
