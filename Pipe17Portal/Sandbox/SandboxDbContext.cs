using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.TikTok;

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
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}
