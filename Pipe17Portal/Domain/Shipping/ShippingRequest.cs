using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Shipping;

/// <summary>
/// A shipment of an SFCC order that is ready for the warehouse (DESIGN §4, §5.4): SFCC drives it, the portal records it
/// on the order it pushed. One per (Salesforce connection, SFCC order number, shipment id); re-pulls update it in place.
/// </summary>
public sealed class ShippingRequest : IWorkspaceOwned
{
    public const string Open = "open";
    public const string Shipped = "shipped";
    public const string Canceled = "canceled";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid OrderId { get; set; }
    /// <summary>The Salesforce connection it was pulled from.</summary>
    public Guid ConnectionId { get; set; }
    public required string SfccOrderNo { get; set; }
    public required string ShipmentId { get; set; }
    public string? ShipmentNo { get; set; }
    public string? ShippingMethodId { get; set; }
    /// <summary><see cref="Open"/>, <see cref="Shipped"/> or <see cref="Canceled"/>.</summary>
    public string Status { get; set; } = Open;
    /// <summary>SFCC's export status of the order as last read (ready, not_exported, exported…).</summary>
    public string? ExportStatus { get; set; }
    public List<ShipmentLine> Lines { get; set; } = [];
    /// <summary>The SFCC order's last-modified time as of this read.</summary>
    public DateTimeOffset SfccModifiedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
