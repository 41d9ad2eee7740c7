using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Features.ApiKeys;
using Pipe17Portal.Features.Workspaces;

namespace Pipe17Portal.Data.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.SecretHash).HasMaxLength(64);
        b.Property(k => k.CreatedBy).HasMaxLength(256);
        b.HasIndex(k => k.SecretHash).IsUnique();
        b.HasIndex(k => k.WorkspaceId);
        // No foreign key: removing a member revokes their keys in the same transaction, and the key rows stay as history.
        b.Property(k => k.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(k => k.CreatedByUserId);
        b.HasOne<Workspace>().WithMany().HasForeignKey(k => k.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
