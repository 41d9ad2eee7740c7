using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Sync.Work;

/// <summary>
/// The look-ups made for every work item (the item, its connection, the order it writes), compiled once: built as LINQ
/// on each call they cost more CPU than their SQL, and a push makes them tens of thousands of times.
/// </summary>
public static class WorkLookups
{
    /// <summary>Tracked: the runner records the outcome on it.</summary>
    public static readonly Func<PortalDbContext, Guid, CancellationToken, Task<WorkItem>> Item =
        EF.CompileAsyncQuery((PortalDbContext db, Guid id, CancellationToken _) =>
            db.WorkItems.IgnoreQueryFilters().Single(w => w.Id == id));

    public static readonly Func<PortalDbContext, Guid, CancellationToken, Task<Connection?>> Connection =
        EF.CompileAsyncQuery((PortalDbContext db, Guid id, CancellationToken _) =>
            db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefault(c => c.Id == id));

    public static readonly Func<PortalDbContext, Guid, CancellationToken, Task<Order>> OrderWithLines =
        EF.CompileAsyncQuery((PortalDbContext db, Guid id, CancellationToken _) =>
            db.Orders.IgnoreQueryFilters().AsNoTracking().Include(o => o.Lines).Single(o => o.Id == id));
}
