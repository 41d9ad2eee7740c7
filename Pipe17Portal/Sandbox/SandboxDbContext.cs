using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.State;
using Pipe17Portal.Sandbox.TikTok;
using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Products;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox;

/// <summary>The emulators' state: what "TikTok" and "Salesforce" hold for each sandbox account.</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxAccount> Accounts => Set<SandboxAccount>();
    public DbSet<SandboxFaultSettings> Faults => Set<SandboxFaultSettings>();

    public DbSet<TikTokShopSettings> TikTokShops => Set<TikTokShopSettings>();
    public DbSet<TikTokAuthCode> TikTokAuthCodes => Set<TikTokAuthCode>();
    public DbSet<TikTokGrant> TikTokGrants => Set<TikTokGrant>();
    public DbSet<TikTokOrder> TikTokOrders => Set<TikTokOrder>();
    public DbSet<TikTokPackage> TikTokPackages => Set<TikTokPackage>();
    public DbSet<TikTokProduct> TikTokProducts => Set<TikTokProduct>();
    public DbSet<TikTokWebhookSubscription> TikTokWebhooks => Set<TikTokWebhookSubscription>();

    public DbSet<SfccInstance> SfccInstances => Set<SfccInstance>();
    public DbSet<SfccApiClient> SfccApiClients => Set<SfccApiClient>();
    public DbSet<SfccProduct> SfccProducts => Set<SfccProduct>();
    public DbSet<SfccInventoryRecord> SfccInventory => Set<SfccInventoryRecord>();
    public DbSet<SfccLocationStock> SfccLocationStock => Set<SfccLocationStock>();
    public DbSet<SfccInventoryChange> SfccInventoryChanges => Set<SfccInventoryChange>();
    public DbSet<SfccCustomer> SfccCustomers => Set<SfccCustomer>();
    public DbSet<SfccMethod> SfccMethods => Set<SfccMethod>();
    public DbSet<SfccDocument> SfccDocuments => Set<SfccDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.ApplyConfiguration(new SandboxAccountConfiguration());
        builder.ApplyConfiguration(new SandboxFaultSettingsConfiguration());
        builder.ApplyConfiguration(new TikTokShopSettingsConfiguration());
        builder.ApplyConfiguration(new TikTokAuthCodeConfiguration());
        builder.ApplyConfiguration(new TikTokGrantConfiguration());
        builder.ApplyConfiguration(new TikTokOrderConfiguration());
        builder.ApplyConfiguration(new TikTokPackageConfiguration());
        builder.ApplyConfiguration(new TikTokProductConfiguration());
        builder.ApplyConfiguration(new TikTokWebhookSubscriptionConfiguration());
        builder.ApplyConfiguration(new SfccInstanceConfiguration());
        builder.ApplyConfiguration(new SfccApiClientConfiguration());
        builder.ApplyConfiguration(new SfccProductConfiguration());
        builder.ApplyConfiguration(new SfccInventoryRecordConfiguration());
        builder.ApplyConfiguration(new SfccLocationStockConfiguration());
        builder.ApplyConfiguration(new SfccInventoryChangeConfiguration());
        builder.ApplyConfiguration(new SfccCustomerConfiguration());
        builder.ApplyConfiguration(new SfccMethodConfiguration());
        builder.ApplyConfiguration(new SfccDocumentConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}
