using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class SyncCursorConfiguration : IEntityTypeConfiguration<SyncCursor>
{
    public void Configure(EntityTypeBuilder<SyncCursor> b)
    {
        b.Property(c => c.Flow).HasMaxLength(100);
        b.Property(c => c.Value).HasMaxLength(200);
        b.HasIndex(c => new { c.ConnectionId, c.Flow }).IsUnique();
        b.HasOne<Connection>().WithMany().HasForeignKey(c => c.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WebhookReceiptConfiguration : IEntityTypeConfiguration<WebhookReceipt>
{
    public void Configure(EntityTypeBuilder<WebhookReceipt> b)
    {
        b.Property(r => r.NotificationId).HasMaxLength(100);
        b.HasIndex(r => new { r.ConnectionId, r.NotificationId }).IsUnique();
        b.HasIndex(r => r.ReceivedAt);
        b.HasOne<Connection>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OAuthStateConfiguration : IEntityTypeConfiguration<OAuthState>
{
    public void Configure(EntityTypeBuilder<OAuthState> b)
    {
        b.Property(s => s.StateHash).HasMaxLength(64);
        b.Property(s => s.UserId).HasMaxLength(450);
        b.HasIndex(s => s.StateHash).IsUnique();
        b.HasOne<Connection>().WithMany().HasForeignKey(s => s.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
