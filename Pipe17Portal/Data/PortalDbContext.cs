using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data.Configurations;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.ApiKeys;
using Pipe17Portal.Features.Members;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Data;

public class PortalDbContext(DbContextOptions<PortalDbContext> options, WorkspaceScope scope)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Connection> Connections => Set<Connection>();
    public DbSet<ConnectionSecret> ConnectionSecrets => Set<ConnectionSecret>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<SyncCursor> SyncCursors => Set<SyncCursor>();
    public DbSet<WebhookReceipt> WebhookReceipts => Set<WebhookReceipt>();
    public DbSet<OAuthState> OAuthStates => Set<OAuthState>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Domain.Products.Product> Products => Set<Domain.Products.Product>();
    public DbSet<Domain.Products.ChannelOption> ChannelOptions => Set<Domain.Products.ChannelOption>();
    public DbSet<OrderException> OrderExceptions => Set<OrderException>();
    public DbSet<OrderImportFailure> OrderImportFailures => Set<OrderImportFailure>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<ExternalLink> ExternalLinks => Set<ExternalLink>();
    public DbSet<Domain.Shipping.ShippingRequest> ShippingRequests => Set<Domain.Shipping.ShippingRequest>();
    public DbSet<Domain.Shipping.Fulfillment> Fulfillments => Set<Domain.Shipping.Fulfillment>();
    public DbSet<Domain.Inventory.InventoryLevel> InventoryLevels => Set<Domain.Inventory.InventoryLevel>();
    public DbSet<Domain.Inventory.ChannelStock> ChannelStocks => Set<Domain.Inventory.ChannelStock>();
    public DbSet<Troubleshooting.Checks.CheckResultRecord> CheckResults => Set<Troubleshooting.Checks.CheckResultRecord>();
    public DbSet<Features.Alerts.Notification> Notifications => Set<Features.Alerts.Notification>();
    public DbSet<Features.Alerts.NotificationRead> NotificationReads => Set<Features.Alerts.NotificationRead>();
    public DbSet<Features.Alerts.AlertSettings> AlertSettings => Set<Features.Alerts.AlertSettings>();
    public DbSet<Features.Support.SupportRequest> SupportRequests => Set<Features.Support.SupportRequest>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the query filters at query time (EF parameterises context members).</summary>
    private Guid? CurrentWorkspaceId => scope.WorkspaceId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly, t => t.Namespace == typeof(WorkspaceConfiguration).Namespace);
        SqlHints.Register(builder, Database.IsSqlite());

        // Every merchant-owned entity gets the tenant filter, so a new entity cannot forget it.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(WorkspaceFilter(entity.ClrType));
        }
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Enums are stored by name so the database reads well and survives reordering.
        conventions.Properties<WorkspaceRole>().HaveConversion<string>().HaveMaxLength(32);
        conventions.Properties<ConnectorKind>().HaveConversion<string>().HaveMaxLength(64);
        conventions.Properties<ConnectionStatus>().HaveConversion<string>().HaveMaxLength(32);
        conventions.Properties<SyncRunStatus>().HaveConversion<string>().HaveMaxLength(32);
        conventions.Properties<OrderStatus>().HaveConversion<string>().HaveMaxLength(32);

        // SQLite cannot compare or sort DateTimeOffset; as UTC ticks it can, and times are UTC everywhere.
        if (Database.IsSqlite())
        {
            conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            conventions.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        foreach (var entry in ChangeTracker.Entries<IWorkspaceOwned>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.WorkspaceId == Guid.Empty)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} was added without a workspace.");
            }
        }
        // The token goes up with every change, so a writer holding an older copy is refused (DbUpdateConcurrencyException).
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    private LambdaExpression WorkspaceFilter(Type entityType)
    {
        // e => e.WorkspaceId == this.CurrentWorkspaceId
        var e = Expression.Parameter(entityType, "e");
        var owner = Expression.Convert(Expression.Property(e, nameof(IWorkspaceOwned.WorkspaceId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentWorkspaceId));
        return Expression.Lambda(Expression.Equal(owner, current), e);
    }
}
