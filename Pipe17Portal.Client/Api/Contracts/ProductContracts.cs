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
