using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox;

/// <summary>The emulators' state: what "TikTok" and "Salesforce" hold for each sandbox account.</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxAccount> Accounts => Set<SandboxAccount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.ApplyConfiguration(new SandboxAccountConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}
