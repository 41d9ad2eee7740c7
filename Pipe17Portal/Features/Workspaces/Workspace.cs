namespace Pipe17Portal.Features.Workspaces;

/// <summary>One merchant: the tenant every merchant-owned row belongs to.</summary>
public sealed class Workspace
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
