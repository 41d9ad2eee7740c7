namespace Pipe17Portal.Connectors.TikTokShop.Api.Logistics;

public sealed record TikTokWarehouse
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool? IsDefault { get; init; }

    /// <summary>SALES_WAREHOUSE or RETURN_WAREHOUSE.</summary>
    public string? Type { get; init; }

    public string? SubType { get; init; }

    /// <summary>ENABLED, DISABLED or RESTRICTED.</summary>
    public string? EffectStatus { get; init; }

    public TikTokWarehouseAddress? Address { get; init; }
}

public sealed record TikTokWarehouseAddress
{
    public string? ContactPerson { get; init; }
    public string? PhoneNumber { get; init; }
    public string? FullAddress { get; init; }
    public string? Region { get; init; }
    public string? RegionCode { get; init; }
    public string? State { get; init; }
    public string? City { get; init; }
    public string? Town { get; init; }
    public string? PostalCode { get; init; }
}

public sealed record TikTokWarehouses
{
    public IReadOnlyList<TikTokWarehouse> Warehouses { get; init; } = [];
}
