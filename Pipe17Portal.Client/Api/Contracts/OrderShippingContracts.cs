namespace Pipe17Portal.Client.Api.Contracts;

public sealed record ShipmentLineInfo(string Sku, int Quantity);

/// <summary>A shipment SFCC handed to the warehouse (status open, shipped or canceled).</summary>
public sealed record ShippingRequestInfo(
    Guid Id, Guid ConnectionId, string SfccOrderNo, string ShipmentId, string? ShipmentNo, string? ShippingMethodId, string Status,
    string? ExportStatus, IReadOnlyList<ShipmentLineInfo> Lines, DateTimeOffset UpdatedAt);

/// <summary>A shipped shipment and what the order's channel holds for it (package, provider, status) and how its push stands.</summary>
public sealed record FulfillmentInfo(
    Guid Id, Guid ConnectionId, string SfccOrderNo, string ShipmentId, string? ShipmentNo, string? Carrier, string? ShippingMethodId,
    string TrackingNumber, IReadOnlyList<ShipmentLineInfo> Lines, DateTimeOffset ShippedAt,
    string? ChannelPackageId, string? ChannelProviderName, string? ChannelTrackingNumber, string? ChannelPackageStatus, DateTimeOffset? ChannelConfirmedAt,
    PushState? PushState, int PushAttempts, string? PushError);

public sealed record OrderShipping(IReadOnlyList<ShippingRequestInfo> Requests, IReadOnlyList<FulfillmentInfo> Fulfillments);
