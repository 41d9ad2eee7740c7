using Pipe17Portal.Connectors.TikTokShop.Api.Orders;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;

/// <summary>Get Package Detail.</summary>
public sealed record TikTokPackageDetail
{
    public required string PackageId { get; init; }

    /// <summary>PROCESSING, FULFILLING, COMPLETED or CANCELLED.</summary>
    public string? PackageStatus { get; init; }

    public string? TrackingNumber { get; init; }
    public string? ShippingProviderId { get; init; }
    public string? ShippingProviderName { get; init; }
    public string? ShippingType { get; init; }
    public string? HandoverMethod { get; init; }
    public string? DeliveryOptionId { get; init; }
    public string? DeliveryOptionName { get; init; }
    public long? CreateTime { get; init; }
    public long? UpdateTime { get; init; }
    public IReadOnlyList<string> OrderLineItemIds { get; init; } = [];
    public IReadOnlyList<TikTokPackageOrder> Orders { get; init; } = [];
    public TikTokRecipientAddress? RecipientAddress { get; init; }
}

public sealed record TikTokPackageOrder
{
    public required string Id { get; init; }
    public IReadOnlyList<TikTokPackageSku> Skus { get; init; } = [];
}

public sealed record TikTokPackageSku
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public int? Quantity { get; init; }
}

/// <summary>One row of Search Packages.</summary>
public sealed record TikTokPackageSummary
{
    public required string Id { get; init; }
    public string? Status { get; init; }
    public string? TrackingNumber { get; init; }
    public string? ShippingProviderId { get; init; }
    public string? ShippingProviderName { get; init; }
    public long? CreateTime { get; init; }
    public long? UpdateTime { get; init; }
    public IReadOnlyList<string> OrderLineItemIds { get; init; } = [];
    public IReadOnlyList<TikTokPackageOrder> Orders { get; init; } = [];
}

public sealed record TikTokPackagePage
{
    public IReadOnlyList<TikTokPackageSummary> Packages { get; init; } = [];
    public string? NextPageToken { get; init; }
    public long? TotalCount { get; init; }
}

public sealed record TikTokPackageSearchFilter
{
    /// <summary>PROCESSING, FULFILLING, COMPLETED or CANCELLED.</summary>
    public string? PackageStatus { get; init; }

    public long? CreateTimeGe { get; init; }
    public long? CreateTimeLt { get; init; }
    public long? UpdateTimeGe { get; init; }
    public long? UpdateTimeLt { get; init; }
}

public sealed record TikTokOrderTracking
{
    public IReadOnlyList<TikTokTrackingEvent> Tracking { get; init; } = [];
}

public sealed record TikTokTrackingEvent
{
    public string? Description { get; init; }
    public long? UpdateTimeMillis { get; init; }
}
