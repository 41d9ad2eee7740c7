using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>A product inventory record of the site's inventory list: ATS = allocation − turnover (placed orders consume stock).</summary>
public sealed class SfccInventoryRecord
{
    public Guid AccountId { get; set; }
    public required string ProductId { get; set; }
    public int Allocation { get; set; }
    public int Turnover { get; set; }
    public DateTimeOffset AllocationResetDate { get; set; }

    public int Ats => Math.Max(0, Allocation - Turnover);
}

public sealed class SfccInventoryRecordConfiguration : IEntityTypeConfiguration<SfccInventoryRecord>
{
    public void Configure(EntityTypeBuilder<SfccInventoryRecord> b)
    {
        b.ToTable("SfccInventory");
        b.HasKey(r => new { r.AccountId, r.ProductId });
        b.Ignore(r => r.Ats);
    }
}
