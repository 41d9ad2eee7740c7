using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// An open basket or an order, kept as its OCAPI JSON document (snake_case) plus the columns lists filter and sort on.
/// Kind "basket" or "order"; Id is the basket id or the order number.
/// </summary>
public sealed class SfccDocument
{
    public Guid AccountId { get; set; }
    public required string Kind { get; set; }
    public required string Id { get; set; }
    public string? CustomerNo { get; set; }
    public string Status { get; set; } = "";
    public string ShippingStatus { get; set; } = "";
    /// <summary>An order's export status (not_exported, ready, exported, failed), for the SCAPI exportStatus filter.</summary>
    public string ExportStatus { get; set; } = "";
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModified { get; set; }
    public required string Json { get; set; }
}

public sealed class SfccDocumentConfiguration : IEntityTypeConfiguration<SfccDocument>
{
    public void Configure(EntityTypeBuilder<SfccDocument> b)
    {
        b.ToTable("SfccDocuments");
        b.HasKey(d => new { d.AccountId, d.Kind, d.Id });
        b.HasIndex(d => new { d.AccountId, d.Kind, d.CreationDate });
        // Warehouse and fulfillment pulls read orders by last-modified time.
        b.HasIndex(d => new { d.AccountId, d.Kind, d.LastModified });
    }
}
