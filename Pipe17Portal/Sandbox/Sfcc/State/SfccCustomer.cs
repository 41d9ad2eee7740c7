using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>A registered customer of the site's customer list (the list id is the site id).</summary>
public sealed class SfccCustomer
{
    public Guid AccountId { get; set; }
    public required string CustomerNo { get; set; }
    public required string CustomerId { get; set; }
    public required string Email { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? CompanyName { get; set; }
    /// <summary>credentials.login; null for seeded and control-API customers, whose login is their email.</summary>
    public string? Login { get; set; }
    public DateTimeOffset CreationDate { get; set; }

    /// <summary>The login the customer signs in with (unique in the list, compared ignoring case).</summary>
    public string EffectiveLogin => Login ?? Email;
}

public sealed class SfccCustomerConfiguration : IEntityTypeConfiguration<SfccCustomer>
{
    public void Configure(EntityTypeBuilder<SfccCustomer> b)
    {
        b.ToTable("SfccCustomers");
        b.HasKey(c => new { c.AccountId, c.CustomerNo });
        b.Ignore(c => c.EffectiveLogin);
    }
}
