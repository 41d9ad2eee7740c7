using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// A product of the instance's catalog: a master, one of its variants, or a standalone item. Plain columns (no JSON
/// document) so a catalog of 50,000 rows pages by the (AccountId, Id) index and is cheap to write out.
/// </summary>
public sealed class SfccProduct
{
    public Guid AccountId { get; set; }
    public required string Id { get; set; }
    /// <summary>master, variant or item.</summary>
    public required string Type { get; set; }
    public string? MasterId { get; set; }
    public required string Name { get; set; }
    public string? Color { get; set; }
    public string? Size { get; set; }
    public decimal Price { get; set; }
    public string? Upc { get; set; }
    public bool Online { get; set; } = true;
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModified { get; set; }
}

public sealed class SfccProductConfiguration : IEntityTypeConfiguration<SfccProduct>
{
    public void Configure(EntityTypeBuilder<SfccProduct> b)
    {
        b.ToTable("SfccProducts");
        b.HasKey(p => new { p.AccountId, p.Id });
        b.HasIndex(p => new { p.AccountId, p.MasterId });
        b.Property(p => p.Price).HasConversion<double>();
    }
}
