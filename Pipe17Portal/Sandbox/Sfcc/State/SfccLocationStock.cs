using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// Stock of a SKU at an Omnichannel Inventory location other than the warehouse. The warehouse's stock is the site
/// inventory list itself (<see cref="SfccInventoryRecord"/>: placed orders consume it); the store only changes when someone
/// sets it (the control API, the Sandbox Business Manager).
/// </summary>
public sealed class SfccLocationStock
{
    public Guid AccountId { get; set; }
    public required string LocationId { get; set; }
    public required string Sku { get; set; }
    public int OnHand { get; set; }
}

public sealed class SfccLocationStockConfiguration : IEntityTypeConfiguration<SfccLocationStock>
{
    public void Configure(EntityTypeBuilder<SfccLocationStock> b)
    {
        b.ToTable("SfccLocationStock");
        b.HasKey(s => new { s.AccountId, s.LocationId, s.Sku });
    }
}
