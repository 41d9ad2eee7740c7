using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class InventoryLevelConfiguration : IEntityTypeConfiguration<InventoryLevel>
{
    public void Configure(EntityTypeBuilder<InventoryLevel> b)
    {
        b.Property(l => l.Sku).HasMaxLength(200);
        b.Property(l => l.LocationId).HasMaxLength(200);
        b.HasIndex(l => new { l.ConnectionId, l.Sku, l.LocationId }).IsUnique();
        b.HasIndex(l => new { l.WorkspaceId, l.Sku });
        b.HasOne<Workspace>().WithMany().HasForeignKey(l => l.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(l => l.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChannelStockConfiguration : IEntityTypeConfiguration<ChannelStock>
{
    public void Configure(EntityTypeBuilder<ChannelStock> b)
    {
        b.Property(s => s.Sku).HasMaxLength(200);
        b.Property(s => s.ChannelProductId).HasMaxLength(100);
        b.Property(s => s.ChannelSkuId).HasMaxLength(100);
        b.Property(s => s.ChannelWarehouseIds).HasMaxLength(2000);
        // A channel product's SKUs are pushed together, in one call per product.
        b.HasIndex(s => new { s.ConnectionId, s.ChannelProductId });
        b.Property(s => s.LastError).HasMaxLength(2000);
        b.HasIndex(s => new { s.ConnectionId, s.Sku }).IsUnique();
        // Inventory freshness: the oldest change not yet on the channel.
        b.HasIndex(s => new { s.ConnectionId, s.PendingSince });
        b.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(s => s.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
