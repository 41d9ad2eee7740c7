using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Features.Workspaces;

namespace Pipe17Portal.Data.Configurations;

public sealed class AlertSettingsConfiguration : IEntityTypeConfiguration<AlertSettings>
{
    public void Configure(EntityTypeBuilder<AlertSettings> b)
    {
        b.ToTable("AlertSettings");
        b.HasKey(s => s.WorkspaceId);
        // Muted kinds by name, comma-separated: readable in the database and unaffected by reordering the enum.
        b.Property(s => s.MutedKinds)
            .HasConversion(
                kinds => string.Join(',', kinds.Select(k => k.ToString())),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<NotificationKind>).ToList(),
                new ValueComparer<List<NotificationKind>>((a, c) => a!.SequenceEqual(c!), k => k.Aggregate(0, (h, v) => HashCode.Combine(h, v)), k => k.ToList()))
            .HasMaxLength(400);
        b.HasOne<Workspace>().WithOne().HasForeignKey<AlertSettings>(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
