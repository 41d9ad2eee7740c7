using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc;

/// <summary>A registered customer of the site's customer list (the list id is the site id).</summary>
public sealed class SfccCustomer
{
    public Guid AccountId { get; set; }
    public required string CustomerNo { get; set; }
    public required string CustomerId { get; set; }
    public required string Email { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateTimeOffset CreationDate { get; set; }
}

public sealed class SfccCustomerConfiguration : IEntityTypeConfiguration<SfccCustomer>
{
    public void Configure(EntityTypeBuilder<SfccCustomer> b)
    {
        b.ToTable("SfccCustomers");
        b.HasKey(c => new { c.AccountId, c.CustomerNo });
    }
}
