using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Data.Configurations;

public sealed class CheckResultConfiguration : IEntityTypeConfiguration<CheckResultRecord>
{
    public void Configure(EntityTypeBuilder<CheckResultRecord> b)
    {
        b.ToTable("CheckResults");
        b.Property(r => r.Key).HasMaxLength(100);
        b.Property(r => r.Title).HasMaxLength(200);
        b.Property(r => r.Summary).HasMaxLength(2000);
        b.Property(r => r.HelpSlug).HasMaxLength(100);
        b.Property(r => r.Area).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(r => new { r.WorkspaceId, r.Key }).IsUnique();
        b.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
