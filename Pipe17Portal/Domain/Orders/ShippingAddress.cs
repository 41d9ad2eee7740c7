namespace Pipe17Portal.Domain.Orders;

/// <summary>Where the order goes, kept exactly as received (channels may mask parts of it).</summary>
public sealed class ShippingAddress
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; }
    public string? FullAddress { get; set; }
}
