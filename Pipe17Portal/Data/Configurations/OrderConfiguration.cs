using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.Property(o => o.SourceOrderId).HasMaxLength(64);
        b.Property(o => o.SourceStatus).HasMaxLength(64);
        b.Property(o => o.Currency).HasMaxLength(8);
        b.Property(o => o.ShippingOptionId).HasMaxLength(64);
        b.Property(o => o.ShippingOptionName).HasMaxLength(200);
        b.Property(o => o.BuyerEmail).HasMaxLength(256);
        b.Property(o => o.BuyerReference).HasMaxLength(64);
        b.Property(o => o.PaymentMethod).HasMaxLength(100);
        b.Property(o => o.CanceledBy).HasMaxLength(32);
        b.Property(o => o.CancelReason).HasMaxLength(500);
        b.OwnsOne(o => o.ShippingAddress);
        // One order per (connection, channel order id): re-imports and webhook/poll races update, never duplicate.
        b.HasIndex(o => new { o.SourceConnectionId, o.SourceOrderId }).IsUnique();
        // The Orders list (OrdersService.ListAsync): each filter + sort walks one index in the page's order, and ends with
        // Id (the tie-breaker) so a page's ids come from the index alone, whatever the offset.
        b.HasIndex(o => new { o.WorkspaceId, o.PlacedAt, o.Id });
        b.HasIndex(o => new { o.WorkspaceId, o.Status, o.PlacedAt, o.Id });
        // Also what the order push plans from: orders changed since its last plan.
        b.HasIndex(o => new { o.WorkspaceId, o.UpdatedAt, o.Id });
        // Search by order id: exact or prefix, as a range on this index (PlacedAt and Id sort the matches without the table).
        b.HasIndex(o => new { o.WorkspaceId, o.SourceOrderId, o.PlacedAt, o.Id });
        b.HasIndex(o => new { o.SourceConnectionId, o.HoldUntil });
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Events).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Workspace>().WithMany().HasForeignKey(o => o.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(o => o.SourceConnectionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.Property(l => l.Sku).HasMaxLength(200);
        b.Property(l => l.Name).HasMaxLength(500);
        b.Property(l => l.VariantName).HasMaxLength(300);
        b.Property(l => l.SourceProductId).HasMaxLength(64);
        b.Property(l => l.SourceSkuId).HasMaxLength(64);
        // Search by SKU: the orders holding it (Sku), or whether one order holds it (Sku + OrderId), from the index alone.
        b.HasIndex(l => new { l.Sku, l.OrderId });
    }
}

public sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public void Configure(EntityTypeBuilder<OrderEvent> b)
    {
        b.Property(e => e.Kind).HasMaxLength(64);
        b.Property(e => e.Message).HasMaxLength(2000);
        b.HasIndex(e => new { e.OrderId, e.At });
    }
}
