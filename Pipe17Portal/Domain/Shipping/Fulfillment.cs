using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Shipping;

/// <summary>
/// A shipped SFCC shipment (DESIGN §4, §5.5–5.6): carrier, tracking number and the lines it carries. Recorded once per
/// (Salesforce connection, SFCC order number, shipment id), however often the pull reads it, then sent to the order's
/// channel as a work item; what the channel answered is kept here (package, provider, status).
/// </summary>
public sealed class Fulfillment : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid OrderId { get; set; }
    /// <summary>The Salesforce connection it was pulled from.</summary>
    public Guid ConnectionId { get; set; }
    public required string SfccOrderNo { get; set; }
    public required string ShipmentId { get; set; }
    public string? ShipmentNo { get; set; }
    /// <summary>The carrier as SFCC names it (e.g. <c>c_carrierCode</c>), or null when SFCC gave none.</summary>
    public string? Carrier { get; set; }
    public string? ShippingMethodId { get; set; }
    public required string TrackingNumber { get; set; }
    public List<ShipmentLine> Lines { get; set; } = [];
    public DateTimeOffset ShippedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    // What the channel (TikTok Shop) holds for it, once pushed and read back.
    public string? ChannelPackageId { get; set; }
    public string? ChannelProviderId { get; set; }
    public string? ChannelProviderName { get; set; }
    public string? ChannelTrackingNumber { get; set; }
    public string? ChannelPackageStatus { get; set; }
    public DateTimeOffset? ChannelConfirmedAt { get; set; }
}
