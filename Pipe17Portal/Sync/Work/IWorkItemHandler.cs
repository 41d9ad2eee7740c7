using Pipe17Portal.Data;

namespace Pipe17Portal.Sync.Work;

/// <summary>
/// Carries out one kind of work item against its external system. The runner claims the item, hands it over with a
/// database context that the handler stages its own changes in (links, timeline), and applies the result in the same save.
/// Handlers are resolved per batch, so what they read once (settings, credentials) is re-read for the next batch.
/// </summary>
public interface IWorkItemHandler
{
    WorkItemKind Kind { get; }

    /// <summary>The system written to, as an order's timeline names it (e.g. "Salesforce").</summary>
    string System { get; }

    /// <summary>Items of this kind worked on at once per connection (an external limit, e.g. SFCC's open baskets).</summary>
    int MaxConcurrency { get; }

    /// <summary>Whether the job drains this kind for the connection, by its settings as of now (manual runs ignore it).</summary>
    bool IsEnabled(Connection connection);

    /// <summary>Starts the flow that drains this kind for the connection (after a Retry all), if it is enabled.</summary>
    Task WakeAsync(Connection connection, CancellationToken ct);

    /// <summary>The scheduled flow (job) that drains this kind, which the runner wakes when a retry of it comes due.</summary>
    string JobFlow { get; }

    Task<WorkResult> HandleAsync(WorkAttempt attempt, CancellationToken ct);

    /// <summary>
    /// Whether the item's subject is an order, whose timeline and exceptions the runner writes. Otherwise (e.g. a product's
    /// stock) the handler records outcomes on its own subject and the runner keeps only the item's state and last error.
    /// </summary>
    bool SubjectIsOrder => true;
}

/// <summary>One claimed attempt: the tracked item, its connection as read just now, and the context to stage changes in.</summary>
/// <param name="StillWantedAsync">
/// Whether the flow is still switched on, read again now (always true for Retry and Test one order). A handler asks it at
/// the last moment before its first write, e.g. after waiting for a slot, and answers <see cref="WorkResult.SwitchedOff"/>.
/// </param>
public sealed record WorkAttempt(WorkItem Item, Connection Connection, PortalDbContext Db, Func<CancellationToken, Task<bool>> StillWantedAsync)
{
    /// <summary>True when an earlier attempt may already have reached the external system, so the handler looks before writing.</summary>
    public bool MayHaveReachedSystem => Item.Attempts > 1 || Item.Checkpoint is not null;
}
