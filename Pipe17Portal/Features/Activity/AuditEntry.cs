using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Activity;

/// <summary>One settings change: who, when, which connection and field. Never a secret value.</summary>
public sealed class AuditEntry : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public Guid? ConnectionId { get; set; }
    public string? ConnectionName { get; set; }
    public string? Field { get; set; }
    public string? Detail { get; set; }
}
