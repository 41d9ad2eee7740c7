using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> b)
    {
        b.Property(c => c.DisplayName).HasMaxLength(100);
        b.Property(c => c.StatusMessage).HasMaxLength(1000);
        // Names are unique per workspace; the service compares them case-insensitively before it saves.
        b.HasIndex(c => new { c.WorkspaceId, c.DisplayName }).IsUnique();
        b.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
