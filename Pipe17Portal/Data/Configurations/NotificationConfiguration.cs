using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Features.Workspaces;

namespace Pipe17Portal.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(n => n.Severity).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.FoldKey).HasMaxLength(200);
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.Message).HasMaxLength(4000);
        b.Property(n => n.Link).HasMaxLength(500);
        // Folding looks up the latest row of a fold key; the bell lists by last seen.
        b.HasIndex(n => new { n.WorkspaceId, n.FoldKey });
        b.HasIndex(n => new { n.WorkspaceId, n.LastSeenAt });
        b.HasMany(n => n.Reads).WithOne().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Workspace>().WithMany().HasForeignKey(n => n.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> b)
    {
        b.ToTable("NotificationReads");
        b.HasKey(r => new { r.NotificationId, r.ReaderId });
        b.Property(r => r.ReaderId).HasMaxLength(100);
    }
}
