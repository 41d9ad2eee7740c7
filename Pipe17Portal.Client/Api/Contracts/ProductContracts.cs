namespace Pipe17Portal.Client.Api.Contracts;

/// <summary><c>RemovedAt</c>: when a complete catalog pull no longer found the product in Salesforce (it then resolves no order line).</summary>
public sealed record ProductSummary(Guid Id, string Sku, string Name, bool IsMaster, int VariantCount, decimal? Price, string? Currency, DateTimeOffset UpdatedAt, DateTimeOffset? RemovedAt = null);

/// <summary>One connection's row in a product's Channel Options. Only Salesforce rows carry a Channel SKU.</summary>
public sealed record ChannelOptionInfo(Guid ConnectionId, string ConnectionName, ConnectorKind Kind, string? ChannelSku)
{
    public bool SupportsChannelSku => Kind == ConnectorKind.SalesforceCommerceCloud;
}

public sealed record ProductVariantInfo(Guid Id, string Sku, string Name, decimal? Price, IReadOnlyList<ChannelOptionInfo> ChannelOptions, DateTimeOffset? RemovedAt = null);

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
    IReadOnlyList<ProductVariantInfo> Variants,
    DateTimeOffset? RemovedAt = null);

/// <summary><c>ChannelSku</c> null or empty clears it. Leading or trailing spaces need <c>ConfirmWhitespace</c>: they are rarely meant.</summary>
public sealed record SetChannelSkuRequest(string? ChannelSku, bool ConfirmWhitespace = false);

/// <summary>TikTok SKUs checked against the portal's products: exact matches are linked; the rest are listed here.</summary>
public sealed record SkuMatchReport(Guid TikTokConnectionId, int TikTokSkus, int Matched, IReadOnlyList<SkuMatchRow> Problems);

/// <summary>
/// A TikTok SKU with no product of exactly that SKU still in Salesforce; <c>NearSku</c> is a product SKU differing only in case or
/// surrounding spaces. <c>RemovedProductId</c>/<c>RemovedAt</c>: the product of exactly that SKU was removed from Salesforce.
/// </summary>
public sealed record SkuMatchRow(string TikTokSku, string? TikTokProductName, Guid? NearProductId, string? NearSku, Guid? RemovedProductId = null, DateTimeOffset? RemovedAt = null);

/// <summary>Makes the product's master SKU the TikTok SKU and keeps its Salesforce SKU as the Salesforce Channel SKU.</summary>
public sealed record AdoptTikTokSkuRequest(string TikTokSku, Guid SalesforceConnectionId);
