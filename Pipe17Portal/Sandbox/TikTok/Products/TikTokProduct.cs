using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.TikTok.Products;

/// <summary>A listed product with its SKUs and their per-warehouse stock, kept as one document (a shop has a few dozen).</summary>
public sealed class TikTokProduct
{
    public required string Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Document { get; set; }

    public TikTokProductDocument Read() => TikTokJson.Deserialize<TikTokProductDocument>(Document);

    public void Write(TikTokProductDocument document) => Document = TikTokJson.Serialize(document);
}

public sealed class TikTokProductConfiguration : IEntityTypeConfiguration<TikTokProduct>
{
    public void Configure(EntityTypeBuilder<TikTokProduct> b)
    {
        b.ToTable("TikTokProducts");
        b.HasIndex(p => p.AccountId);
    }
}
