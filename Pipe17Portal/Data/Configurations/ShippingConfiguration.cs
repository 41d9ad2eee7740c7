using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Shipping;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class ShippingRequestConfiguration : IEntityTypeConfiguration<ShippingRequest>
{
    public void Configure(EntityTypeBuilder<ShippingRequest> b)
    {
        b.Property(r => r.SfccOrderNo).HasMaxLength(100);
        b.Property(r => r.ShipmentId).HasMaxLength(100);
        b.Property(r => r.ShipmentNo).HasMaxLength(100);
        b.Property(r => r.ShippingMethodId).HasMaxLength(100);
        b.Property(r => r.Status).HasMaxLength(16);
        b.Property(r => r.ExportStatus).HasMaxLength(32);
        b.OwnsMany(r => r.Lines, l => l.ToJson());
        // Re-pulls update the one request per shipment.
        b.HasIndex(r => new { r.ConnectionId, r.SfccOrderNo, r.ShipmentId }).IsUnique();
        b.HasIndex(r => r.OrderId);
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FulfillmentConfiguration : IEntityTypeConfiguration<Fulfillment>
{
    public void Configure(EntityTypeBuilder<Fulfillment> b)
    {
        b.Property(f => f.SfccOrderNo).HasMaxLength(100);
        b.Property(f => f.ShipmentId).HasMaxLength(100);
        b.Property(f => f.ShipmentNo).HasMaxLength(100);
        b.Property(f => f.Carrier).HasMaxLength(100);
        b.Property(f => f.ShippingMethodId).HasMaxLength(100);
        b.Property(f => f.TrackingNumber).HasMaxLength(100);
        b.Property(f => f.ChannelPackageId).HasMaxLength(100);
        b.Property(f => f.ChannelProviderId).HasMaxLength(100);
        b.Property(f => f.ChannelProviderName).HasMaxLength(200);
        b.Property(f => f.ChannelTrackingNumber).HasMaxLength(100);
        b.Property(f => f.ChannelPackageStatus).HasMaxLength(32);
        b.OwnsMany(f => f.Lines, l => l.ToJson());
        // Recorded once per shipment, however often the pull reads it.
        b.HasIndex(f => new { f.ConnectionId, f.SfccOrderNo, f.ShipmentId }).IsUnique();
        b.HasIndex(f => f.OrderId);
        b.HasIndex(f => new { f.WorkspaceId, f.CreatedAt });
        b.HasOne<Order>().WithMany().HasForeignKey(f => f.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Workspace>().WithMany().HasForeignKey(f => f.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
