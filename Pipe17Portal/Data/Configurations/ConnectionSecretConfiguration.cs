using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class ConnectionSecretConfiguration : IEntityTypeConfiguration<ConnectionSecret>
{
    public void Configure(EntityTypeBuilder<ConnectionSecret> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
        b.HasIndex(s => new { s.ConnectionId, s.Name }).IsUnique();
        b.HasOne<Connection>().WithMany().HasForeignKey(s => s.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
