using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>How far a flow of a connection has read its source (e.g. the last order update time seen).</summary>
public sealed class SyncCursor : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string Flow { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
