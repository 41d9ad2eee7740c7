namespace Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;

/// <summary>Body of Ship Package. <see cref="SelfShipment"/> is mandatory for SEND_BY_SELLER; <see cref="PickupSlot"/> is for TikTok shipping.</summary>
public sealed record TikTokShipPackageRequest
{
    /// <summary>PICKUP or DROP_OFF.</summary>
    public string? HandoverMethod { get; init; }

    public TikTokPickupSlot? PickupSlot { get; init; }
    public TikTokSelfShipment? SelfShipment { get; init; }
}

public sealed record TikTokSelfShipment(string TrackingNumber, string ShippingProviderId);

public sealed record TikTokPickupSlot(long StartTime, long EndTime);

public sealed record TikTokBatchShipPackage
{
    public required string Id { get; init; }
    public string? HandoverMethod { get; init; }
    public TikTokPickupSlot? PickupSlot { get; init; }
    public TikTokSelfShipment? SelfShipment { get; init; }
}

public sealed record TikTokBatchShipPackagesRequest(IReadOnlyList<TikTokBatchShipPackage> Packages);

/// <summary>Creates a package from line items (US, UK, ES, IE, IT, DE, FR, JP only); the way to split an order across trackings.</summary>
public sealed record TikTokMarkPackageAsShippedRequest(string TrackingNumber, string ShippingProviderId, IReadOnlyList<string> OrderLineItemIds);

/// <summary>Corrects the tracking of a seller-shipped package or order (within 72 hours of shipping).</summary>
public sealed record TikTokShippingInfo(string TrackingNumber, string ShippingProviderId);
