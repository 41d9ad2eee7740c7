namespace Pipe17Portal.Connectors.TikTokShop.Api.Shops;

/// <summary>A shop the token may act for. <see cref="Cipher"/> goes into <c>shop_cipher</c>; <see cref="Id"/> is the <c>shop_id</c> of webhooks.</summary>
public sealed record TikTokAuthorizedShop
{
    public required string Id { get; init; }
    public required string Cipher { get; init; }
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Region { get; init; }
    /// <summary>LOCAL or CROSS_BORDER.</summary>
    public string? SellerType { get; init; }
}

public sealed record TikTokAuthorizedShops
{
    public IReadOnlyList<TikTokAuthorizedShop> Shops { get; init; } = [];
}
