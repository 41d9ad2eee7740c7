using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>
/// A portal entity's counterpart in a connected system (DESIGN §4), e.g. an order and its SFCC order number.
/// Unique both ways per connection, so an entity is linked once and an external record belongs to one entity.
/// </summary>
public sealed class ExternalLink : IWorkspaceOwned
{
    public const string OrderEntity = "order";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string EntityType { get; set; }
    public Guid LocalId { get; set; }
    public required string ExternalId { get; set; }
    /// <summary>The external record's status as last read (e.g. SFCC <c>new</c>, <c>cancelled</c>).</summary>
    public string? ExternalStatus { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
