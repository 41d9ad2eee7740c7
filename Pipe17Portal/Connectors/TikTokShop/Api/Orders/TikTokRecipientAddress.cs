namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>With platform logistics the name, phone and address come masked ("A*** F***i").</summary>
public sealed record TikTokRecipientAddress
{
    public string? Name { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? PhoneNumber { get; init; }
    public string? FullAddress { get; init; }
    public string? AddressDetail { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? AddressLine3 { get; init; }
    public string? AddressLine4 { get; init; }
    public string? PostalCode { get; init; }
    public string? RegionCode { get; init; }
    public string? PostTown { get; init; }
    public IReadOnlyList<TikTokDistrictInfo> DistrictInfo { get; init; } = [];
    public TikTokDeliveryPreferences? DeliveryPreferences { get; init; }
}

public sealed record TikTokDistrictInfo
{
    /// <summary>L0 (country), L1 (state) …</summary>
    public string? AddressLevel { get; init; }
    public string? AddressLevelName { get; init; }
    public string? AddressName { get; init; }
    public string? IsoCode { get; init; }
}

public sealed record TikTokDeliveryPreferences
{
    public string? DropOffLocation { get; init; }
}
