using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Features.Support;
using Pipe17Portal.Features.Workspaces;

namespace Pipe17Portal.Data.Configurations;

public sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.ToTable("SupportRequests");
        b.Property(r => r.Reference).HasMaxLength(32);
        b.HasIndex(r => r.Reference).IsUnique();
        b.Property(r => r.Subject).HasMaxLength(200);
        b.Property(r => r.Description).HasMaxLength(8000);
        b.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ContactEmail).HasMaxLength(256);
        b.Property(r => r.CreatedBy).HasMaxLength(256);
        b.Property(r => r.SentTo).HasMaxLength(256);
        b.Property(r => r.EmailError).HasMaxLength(1000);
        b.HasIndex(r => new { r.WorkspaceId, r.CreatedAt });
        b.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
