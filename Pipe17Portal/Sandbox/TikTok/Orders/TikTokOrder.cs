using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.TikTok.Orders;

/// <summary>
/// An order as the shop holds it: the columns the search filters and sorts on, and the whole order object as
/// TikTok's JSON, so a page of 100 orders is written without rebuilding them.
/// </summary>
public sealed class TikTokOrder
{
    public required string Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Status { get; set; }
    /// <summary>Unix seconds, as the API filters on them.</summary>
    public long CreateTime { get; set; }
    public long UpdateTime { get; set; }
    public required string ShippingType { get; set; }
    public required string BuyerUserId { get; set; }
    public bool IsBuyerRequestCancel { get; set; }
    public required string WarehouseId { get; set; }
    public required string Document { get; set; }

    public TikTokOrderDocument Read() => TikTokJson.Deserialize<TikTokOrderDocument>(Document);

    public void Write(TikTokOrderDocument document)
    {
        Status = document.Status;
        UpdateTime = document.UpdateTime;
        IsBuyerRequestCancel = document.IsBuyerRequestCancel;
        Document = TikTokJson.Serialize(document);
    }
}

public sealed class TikTokOrderConfiguration : IEntityTypeConfiguration<TikTokOrder>
{
    public void Configure(EntityTypeBuilder<TikTokOrder> b)
    {
        b.ToTable("TikTokOrders");
        b.HasIndex(o => new { o.AccountId, o.CreateTime, o.Id });
        b.HasIndex(o => new { o.AccountId, o.UpdateTime, o.Id });
    }
}
