namespace Pipe17Portal.Features.Workspaces;

/// <summary>One merchant: the tenant every merchant-owned row belongs to.</summary>
public sealed class Workspace
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The sandbox account "Use sandbox" provisioned for this workspace, reused by every sandbox connection.</summary>
    public Guid? SandboxAccountId { get; set; }
}
