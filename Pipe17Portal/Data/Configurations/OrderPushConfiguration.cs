using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Data.Configurations;

public sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(w => w.State).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.IdempotencyKey).HasMaxLength(200);
        b.Property(w => w.LastError).HasMaxLength(2000);
        b.Property(w => w.Checkpoint).HasMaxLength(500);
        b.Property(w => w.LeaseOwner).HasMaxLength(200);
        // The same write can never be queued twice for a connection.
        b.HasIndex(w => new { w.ConnectionId, w.IdempotencyKey }).IsUnique();
        b.HasIndex(w => new { w.ConnectionId, w.State, w.NextAttemptAt });
        b.HasIndex(w => w.SubjectId);
        b.HasOne<Workspace>().WithMany().HasForeignKey(w => w.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(w => w.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExternalLinkConfiguration : IEntityTypeConfiguration<ExternalLink>
{
    public void Configure(EntityTypeBuilder<ExternalLink> b)
    {
        b.Property(l => l.EntityType).HasMaxLength(32);
        b.Property(l => l.ExternalId).HasMaxLength(100);
        b.Property(l => l.ExternalStatus).HasMaxLength(32);
        b.HasIndex(l => new { l.ConnectionId, l.EntityType, l.LocalId }).IsUnique();
        b.HasIndex(l => new { l.ConnectionId, l.EntityType, l.ExternalId }).IsUnique();
        b.HasIndex(l => l.LocalId);
        b.HasOne<Workspace>().WithMany().HasForeignKey(l => l.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(l => l.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OrderExceptionConfiguration : IEntityTypeConfiguration<OrderException>
{
    public void Configure(EntityTypeBuilder<OrderException> b)
    {
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(48);
        b.Property(e => e.Message).HasMaxLength(1000);
        b.Property(e => e.Cause).HasMaxLength(2000);
        b.Property(e => e.Fix).HasMaxLength(2000);
        b.Property(e => e.FixLink).HasMaxLength(500);
        b.Property(e => e.ExternalFaultType).HasMaxLength(200);
        b.Property(e => e.ExternalMessage).HasMaxLength(2000);
        // An order's open exceptions, the workspace included: this index, not the one below, answers a per-order question
        // (the planner counts equal columns, and the Orders list asks per row with the workspace written).
        b.HasIndex(e => new { e.OrderId, e.ResolvedAt, e.WorkspaceId });
        // OrderId last: the Orders list's exception filter reads the orders with open exceptions from the index alone.
        b.HasIndex(e => new { e.WorkspaceId, e.ResolvedAt, e.Type, e.OrderId });
        b.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Workspace>().WithMany().HasForeignKey(e => e.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(e => e.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OrderImportFailureConfiguration : IEntityTypeConfiguration<OrderImportFailure>
{
    public void Configure(EntityTypeBuilder<OrderImportFailure> b)
    {
        b.Property(f => f.SourceOrderId).HasMaxLength(100);
        b.Property(f => f.RawJson).HasMaxLength(OrderImportFailures.MaxRawLength);
        b.Property(f => f.Reason).HasMaxLength(2000);
        // The open failures of a connection (the next run's retries) and one open row per order.
        b.HasIndex(f => new { f.ConnectionId, f.ResolvedAt, f.SourceOrderId });
        b.HasIndex(f => new { f.WorkspaceId, f.ResolvedAt });
        b.HasOne<Workspace>().WithMany().HasForeignKey(f => f.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Connection>().WithMany().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
