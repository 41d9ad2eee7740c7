using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Data.Configurations;

public sealed class SfccLearnedFactsConfiguration : IEntityTypeConfiguration<SfccLearnedFacts>
{
    public void Configure(EntityTypeBuilder<SfccLearnedFacts> b)
    {
        b.ToTable("SfccLearnedFacts");
        b.HasKey(f => f.ConnectionId);
        b.Ignore(f => f.ShippingMethods);
        b.Ignore(f => f.PaymentMethods);
        b.HasOne<Workspace>().WithMany().HasForeignKey(f => f.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
