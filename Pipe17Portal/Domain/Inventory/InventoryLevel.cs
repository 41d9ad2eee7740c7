using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Inventory;

/// <summary>
/// A SKU's stock at one SFCC location (or group) as Omnichannel Inventory last reported it (DESIGN §4, §5.7). One per
/// (Salesforce connection, SKU, location); a full read and the deltas write the same rows.
/// </summary>
public sealed class InventoryLevel : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string Sku { get; set; }
    public required string LocationId { get; set; }
    /// <summary>Available to order (OCI <c>ato</c>).</summary>
    public decimal Available { get; set; }
    public decimal OnHand { get; set; }
    public decimal Reserved { get; set; }
    /// <summary>When SFCC's value was read; <see cref="ChangedAt"/> only moves when a number changed.</summary>
    public DateTimeOffset ReadAt { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
