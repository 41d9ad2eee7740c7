namespace Pipe17Portal.Client.Api.Contracts;

public sealed record ProductSummary(Guid Id, string Sku, string Name, bool IsMaster, int VariantCount, decimal? Price, string? Currency, DateTimeOffset UpdatedAt);

/// <summary>One connection's row in a product's Channel Options. Only Salesforce rows carry a Channel SKU.</summary>
public sealed record ChannelOptionInfo(Guid ConnectionId, string ConnectionName, ConnectorKind Kind, string? ChannelSku)
{
    public bool SupportsChannelSku => Kind == ConnectorKind.SalesforceCommerceCloud;
}

public sealed record ProductVariantInfo(Guid Id, string Sku, string Name, decimal? Price, IReadOnlyList<ChannelOptionInfo> ChannelOptions);

public sealed record ProductDetail(
    Guid Id,
    string Sku,
    string Name,
    bool IsMaster,
    Guid? ParentId,
    string? ParentSku,
    decimal? Price,
    string? Currency,
    string? SourceConnectionName,
    string SourceProductId,
    IReadOnlyList<ChannelOptionInfo> ChannelOptions,
    IReadOnlyList<ProductVariantInfo> Variants);

/// <summary><c>ChannelSku</c> null or empty clears it. Leading or trailing spaces need <c>ConfirmWhitespace</c>: they are rarely meant.</summary>
public sealed record SetChannelSkuRequest(string? ChannelSku, bool ConfirmWhitespace = false);

/// <summary>TikTok SKUs checked against the portal's products: exact matches are linked; the rest are listed here.</summary>
public sealed record SkuMatchReport(Guid TikTokConnectionId, int TikTokSkus, int Matched, IReadOnlyList<SkuMatchRow> Problems);

/// <summary>A TikTok SKU with no product of exactly that SKU; <c>NearSku</c> is a product SKU differing only in case or surrounding spaces.</summary>
public sealed record SkuMatchRow(string TikTokSku, string? TikTokProductName, Guid? NearProductId, string? NearSku);

/// <summary>Makes the product's master SKU the TikTok SKU and keeps its Salesforce SKU as the Salesforce Channel SKU.</summary>
public sealed record AdoptTikTokSkuRequest(string TikTokSku, Guid SalesforceConnectionId);
