namespace Pipe17Portal.Connectors.TikTokShop.Api.Logistics;

public sealed record TikTokDeliveryOption
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>STANDARD, EXPRESS, ECONOMY or SEND_BY_SELLER.</summary>
    public string? Type { get; init; }

    public IReadOnlyList<string> Platform { get; init; } = [];
}

public sealed record TikTokDeliveryOptions
{
    public IReadOnlyList<TikTokDeliveryOption> DeliveryOptions { get; init; } = [];
}

public sealed record TikTokShippingProvider
{
    public required string Id { get; init; }
    public required string Name { get; init; }
}

public sealed record TikTokShippingProviders
{
    public IReadOnlyList<TikTokShippingProvider> ShippingProviders { get; init; } = [];
}
