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
    /// <summary>Every unit the channel sent for the SKU, canceled ones included.</summary>
    public int Quantity { get; set; }
    /// <summary>How many of <see cref="Quantity"/> were canceled.</summary>
    public int CanceledQuantity { get; set; }
    /// <summary>The units still to be delivered.</summary>
    public int WantedQuantity => Math.Max(0, Quantity - CanceledQuantity);
    public decimal UnitPrice { get; set; }
    public decimal Discount { get; set; }
    public decimal Total { get; set; }
    /// <summary>The channel's line ids behind this line (one per unit on TikTok), comma-separated.</summary>
    public required string SourceLineIds { get; set; }
}
