using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Sync.Work;

/// <summary>What one attempt at a work item came to. The runner turns it into the item's state, timeline and exceptions.</summary>
public abstract record WorkResult
{
    /// <summary>Applied (or found applied, or nothing left to do). <paramref name="Message"/> goes on the subject's timeline.</summary>
    public sealed record Done(string Message, object? Payload = null) : WorkResult;

    /// <summary>
    /// A temporary failure: tried again after the backoff (not before <paramref name="NotBefore"/>); once the attempts are
    /// spent, <paramref name="Exhausted"/> becomes the item's visible cause.
    /// </summary>
    public sealed record Retry(string Error, OrderProblemInfo Exhausted, TimeSpan? NotBefore = null, object? Payload = null) : WorkResult
    {
        /// <summary>
        /// Try again exactly at <see cref="NotBefore"/>, without the growing backoff: the wait is set by something known
        /// (e.g. when SFCC's abandoned baskets may be cleared), not by how unwell the other side seems.
        /// </summary>
        public bool SkipBackoff { get; init; }
    }

    /// <summary>Stopped until someone fixes a cause and retries; the problems become the subject's exceptions.</summary>
    public sealed record Blocked(IReadOnlyList<OrderProblemInfo> Problems, string Message) : WorkResult;

    /// <summary>The flow was switched off before anything was written: the item goes back untouched, as if never claimed.</summary>
    public sealed record SwitchedOff : WorkResult;
}

/// <summary>How a claimed item ended, for counts and for the caller of a manual run.</summary>
public enum WorkOutcome
{
    /// <summary>Applied (or found already applied, or nothing left to do).</summary>
    Done,
    /// <summary>A temporary failure; the item waits for its next attempt.</summary>
    Retry,
    /// <summary>Stopped by an exception until the merchant retries.</summary>
    Blocked,
    /// <summary>Someone else holds the item (a run in progress); nothing was done by this caller.</summary>
    Busy,
    /// <summary>The flow was switched off (or the connection disconnected) before the item started; it waits untouched.</summary>
    Stopped,
}
