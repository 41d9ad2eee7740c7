using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>A package of an order: which line items travel together, and how they were shipped.</summary>
public sealed class TikTokPackage
{
    public required string Id { get; set; }
    public Guid AccountId { get; set; }
    public required string OrderId { get; set; }
    /// <summary>TO_FULFILL until shipped, then PROCESSING, FULFILLING, COMPLETED; or CANCELLED.</summary>
    public required string Status { get; set; }
    /// <summary>Comma-separated order line item ids.</summary>
    public required string LineItemIds { get; set; }
    public string? TrackingNumber { get; set; }
    public string? ShippingProviderId { get; set; }
    public string? ShippingProviderName { get; set; }
    public string? HandoverMethod { get; set; }
    public long CreateTime { get; set; }
    public long UpdateTime { get; set; }
    public long? ShippedTime { get; set; }

    public IReadOnlyList<string> LineItems() => LineItemIds.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsShipped => ShippedTime is not null;
}

public sealed class TikTokPackageConfiguration : IEntityTypeConfiguration<TikTokPackage>
{
    public void Configure(EntityTypeBuilder<TikTokPackage> b)
    {
        b.ToTable("TikTokPackages");
        b.HasIndex(p => new { p.AccountId, p.OrderId });
    }
}
