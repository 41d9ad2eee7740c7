using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>A credential of a connection (app secret, client password, token), stored encrypted with Data Protection.</summary>
public sealed class ConnectionSecret : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string Name { get; set; }
    public required string ProtectedValue { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
