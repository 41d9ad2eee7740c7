using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Sku).HasMaxLength(200);
        b.Property(p => p.Name).HasMaxLength(500);
        b.Property(p => p.SourceProductId).HasMaxLength(200);
        b.Property(p => p.Currency).HasMaxLength(8);
        // One product per source id per connection: catalog re-pulls update instead of duplicating.
        b.HasIndex(p => new { p.SourceConnectionId, p.SourceProductId }).IsUnique();
        b.HasIndex(p => new { p.WorkspaceId, p.Sku });
        b.HasIndex(p => p.ParentId);
        b.HasOne<Product>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.ChannelOptions).WithOne().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Workspace>().WithMany().HasForeignKey(p => p.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(p => p.SourceConnectionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ChannelOptionConfiguration : IEntityTypeConfiguration<ChannelOption>
{
    public void Configure(EntityTypeBuilder<ChannelOption> b)
    {
        b.Property(o => o.ChannelSku).HasMaxLength(200);
        b.HasIndex(o => new { o.ProductId, o.ConnectionId }).IsUnique();
        // A channel SKU points at one product per connection.
        b.HasIndex(o => new { o.ConnectionId, o.ChannelSku }).IsUnique().HasFilter("\"ChannelSku\" IS NOT NULL");
        b.HasOne<Connection>().WithMany().HasForeignKey(o => o.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
