namespace Pipe17Portal.Data;

/// <summary>
/// The workspace whose rows this DI scope may see. Set once the caller is known (a member, an API key, or a job
/// acting for one workspace); while unset the query filter matches nothing, so a forgotten check leaks no data.
/// </summary>
public sealed class WorkspaceScope
{
    public Guid? WorkspaceId { get; private set; }

    public void Enter(Guid workspaceId)
    {
        if (WorkspaceId is { } current && current != workspaceId)
        {
            throw new InvalidOperationException("A scope acts for one workspace only; create a new scope for another.");
        }
        WorkspaceId = workspaceId;
    }
}
