namespace Pipe17Portal.Domain.Shipping;

/// <summary>One SKU of a shipment and how many units of it (SFCC's product item in that shipment).</summary>
public sealed class ShipmentLine
{
    public required string Sku { get; set; }
    public int Quantity { get; set; }
    /// <summary>SFCC's product item id in the order, when it sent one.</summary>
    public string? SfccItemId { get; set; }
}
