using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// OCI's change feed: one row per write to a SKU's stock at a location, in the order they happened. Written by SQLite
/// triggers on <c>SfccInventory</c> and <c>SfccLocationStock</c> (see the migration <c>SfccOciLocationsAndDeltas</c>), so
/// every writer — orders consuming stock, OCAPI Data, the control API, the catalog generator's raw inserts — is in the feed
/// without having to remember it. <see cref="LocationId"/> is null for the site inventory list, i.e. the warehouse.
/// </summary>
public sealed class SfccInventoryChange
{
    public long Seq { get; set; }
    public Guid AccountId { get; set; }
    public required string Sku { get; set; }
    public string? LocationId { get; set; }
}

public sealed class SfccInventoryChangeConfiguration : IEntityTypeConfiguration<SfccInventoryChange>
{
    public void Configure(EntityTypeBuilder<SfccInventoryChange> b)
    {
        b.ToTable("SfccInventoryChanges");
        b.HasKey(c => c.Seq);
        b.Property(c => c.Seq).ValueGeneratedOnAdd();
        b.HasIndex(c => new { c.AccountId, c.Seq });
    }
}
