namespace Pipe17Portal.Domain.Orders;

/// <summary>One SKU of an order with its quantity (channels that send one line per unit are grouped per SKU).</summary>
public sealed class OrderLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrderId { get; set; }
    public required string Sku { get; set; }
    public required string Name { get; set; }
    public string? VariantName { get; set; }
    public string? SourceProductId { get; set; }
    public string? SourceSkuId { get; set; }
    public int Quantity { get; set; }
    /// <summary>Of the units still wanted; canceled units are counted apart.</summary>
    public int CanceledQuantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Discount { get; set; }
    public decimal Total { get; set; }
    /// <summary>The channel's line ids behind this line (one per unit on TikTok), comma-separated.</summary>
    public required string SourceLineIds { get; set; }
}
