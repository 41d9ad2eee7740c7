using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>A shipping method (Kind "shipping", with a flat cost) or payment method (Kind "payment") of the site.</summary>
public sealed class SfccMethod
{
    public Guid AccountId { get; set; }
    public required string Kind { get; set; }
    public required string Id { get; set; }
    public required string Name { get; set; }
    public decimal Cost { get; set; }
}

public sealed class SfccMethodConfiguration : IEntityTypeConfiguration<SfccMethod>
{
    public void Configure(EntityTypeBuilder<SfccMethod> b)
    {
        b.ToTable("SfccMethods");
        b.HasKey(m => new { m.AccountId, m.Kind, m.Id });
        b.Property(m => m.Cost).HasConversion<double>();
    }
}
