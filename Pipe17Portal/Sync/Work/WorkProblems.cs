using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Sync.Work;

/// <summary>The visible cause of an item the runner had to stop on its own.</summary>
public static class WorkProblems
{
    /// <summary>The portal itself failed on every attempt (a bug or a database problem), so the item has a cause in the views.</summary>
    public static OrderProblemInfo Unexpected(Guid connectionId, int attempts, string system, string error) => new(
        OrderExceptionType.PushFailed,
        $"Push failed after {attempts} attempt(s): the portal hit an unexpected error ({error}).",
        $"Writing this order to {system} failed inside the portal, not in {system}; the error is in the portal's log.",
        "Retry the order. If it fails again the same way, contact support with the order id and the time of the attempt.",
        $"/integrations/{connectionId}");
}
