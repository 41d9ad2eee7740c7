using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.Sfcc.Api.Scapi;

// SCAPI wire models (camelCase), named after the OpenAPI specs in shared/specs/sfcc. Unknown fields and c_* attributes
// land in Extra so nothing the merchant set is lost.

/// <summary>Exactly one query kind is set, e.g. <c>{"matchAllQuery":{}}</c>.</summary>
public sealed record ScapiQuery
{
    public JsonElement? MatchAllQuery { get; init; }
    public ScapiTermQuery? TermQuery { get; init; }
    public ScapiTextQuery? TextQuery { get; init; }

    public static ScapiQuery MatchAll { get; } = new() { MatchAllQuery = JsonDocument.Parse("{}").RootElement.Clone() };

    public static ScapiQuery Term(string field, params string[] values) => new() { TermQuery = new ScapiTermQuery([field], "is", values) };

    public static ScapiQuery Text(string field, string phrase) => new() { TextQuery = new ScapiTextQuery([field], phrase) };
}

public sealed record ScapiTermQuery(IReadOnlyList<string> Fields, string Operator, IReadOnlyList<string> Values);

public sealed record ScapiTextQuery(IReadOnlyList<string> Fields, string SearchPhrase);

public sealed record ScapiSort(string Field, string SortOrder = "asc");

public sealed record ScapiSearchRequest(ScapiQuery Query, int Limit, int Offset, IReadOnlyList<ScapiSort>? Sorts = null);

public sealed record ScapiProductSearchRequest(ScapiQuery Query, int Limit, int Offset, IReadOnlyList<ScapiSort>? Sorts = null);

public sealed record ScapiLocalized
{
    public string? Default { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Locales { get; init; }
}

public sealed record ScapiProductType
{
    public bool? Master { get; init; }
    public bool? Variant { get; init; }
    public bool? Item { get; init; }
    public bool? Set { get; init; }
    public bool? Bundle { get; init; }
    public bool? VariationGroup { get; init; }
}

public sealed record ScapiMaster(string? MasterId);

public sealed record ScapiVariant
{
    public string? ProductId { get; init; }
    /// <summary>Attribute → value, e.g. color → Black; a value may be null (the name then leaves it out).</summary>
    public Dictionary<string, string?>? VariationValues { get; init; }
    public bool? Orderable { get; init; }
    public decimal? Price { get; init; }
    public string? PriceCurrency { get; init; }
    public decimal? Ats { get; init; }
    public bool? InStock { get; init; }
}

public sealed record ScapiProduct
{
    public required string Id { get; init; }
    public ScapiLocalized? Name { get; init; }
    public ScapiProductType? Type { get; init; }
    public ScapiMaster? Master { get; init; }
    public IReadOnlyList<ScapiVariant>? Variants { get; init; }
    public string? Brand { get; init; }
    public string? Ean { get; init; }
    public string? Upc { get; init; }
    public string? ManufacturerSku { get; init; }
    public decimal? Price { get; init; }
    public string? PriceCurrency { get; init; }
    public decimal? Ats { get; init; }
    public bool? InStock { get; init; }
    public JsonElement? Online { get; init; }
    public string? OwningCatalogId { get; init; }
    public DateTimeOffset? CreationDate { get; init; }
    public DateTimeOffset? LastModified { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A page of product-search; <c>offset</c> and <c>total</c> are required by the spec (paging relies on both).</summary>
public sealed record ScapiProductSearchResult
{
    public int Limit { get; init; }
    public required int Offset { get; init; }
    public required int Total { get; init; }
    public IReadOnlyList<ScapiProduct> Hits { get; init; } = [];
}

/// <summary>A page of <c>GET /products/{masterProductId}/variations</c>: Variant objects (product id, values, price; no name).</summary>
public sealed record ScapiVariationsResult
{
    public int Limit { get; init; }
    public required int Offset { get; init; }
    public required int Total { get; init; }
    public IReadOnlyList<ScapiVariant> Data { get; init; } = [];
}

public sealed record ScapiCatalog
{
    public required string Id { get; init; }
    public ScapiLocalized? Name { get; init; }
    public bool? IsMasterCatalog { get; init; }
    public string? RootCategory { get; init; }
    public int? OwnProductCount { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record ScapiCategory
{
    public required string Id { get; init; }
    public ScapiLocalized? Name { get; init; }
    public string? ParentCategoryId { get; init; }
    public string? CatalogId { get; init; }
    public bool? Online { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>SCAPI list pages: <c>{limit, offset, total, data}</c>.</summary>
public sealed record ScapiPage<T> where T : class
{
    public int Limit { get; init; }
    public int Offset { get; init; }
    public int? Total { get; init; }
    public IReadOnlyList<T> Data { get; init; } = [];
}

public sealed record ScapiSearchHit<T>(T Data, double? Relevance) where T : class;

public sealed record ScapiSearchResult<T> where T : class
{
    public int Limit { get; init; }
    public int Offset { get; init; }
    public int Total { get; init; }
    public IReadOnlyList<ScapiSearchHit<T>> Hits { get; init; } = [];
}

public sealed record ScapiAddress
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? FullName { get; init; }
    public string? Address1 { get; init; }
    public string? Address2 { get; init; }
    public string? City { get; init; }
    public string? StateCode { get; init; }
    public string? PostalCode { get; init; }
    public string? CountryCode { get; init; }
    public string? Phone { get; init; }
}

public sealed record ScapiCredentials(string? Login, bool? Enabled, bool? Locked);

public sealed record ScapiCustomer
{
    public string? CustomerNo { get; init; }
    public string? CustomerId { get; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public ScapiCredentials? Credentials { get; init; }
    public ScapiAddress? PrimaryAddress { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>Query of GET /orders; lists are comma-joined (e.g. <c>new,completed</c>), dates ISO 8601. The site comes from the connection.</summary>
public sealed record ScapiOrderQuery
{
    public string SiteId { get; init; } = "";
    public string? Status { get; init; }
    public string? ExportStatus { get; init; }
    public string? PaymentStatus { get; init; }
    public string? ShippingStatus { get; init; }
    public string? CreationDateFrom { get; init; }
    public string? CreationDateTo { get; init; }
    public string? LastModifiedDateFrom { get; init; }
    public string? LastModifiedDateTo { get; init; }
    public string? SortBy { get; init; }
    public string? SortOrder { get; init; }
    public int? Limit { get; init; }
    public int? Offset { get; init; }
}

public sealed record ScapiStatusRequest(string Status);

public sealed record ScapiCustomerInfo(string? CustomerNo, string? CustomerName, string? Email, bool? Guest);

public sealed record ScapiShippingMethod(string? Id);

public sealed record ScapiProductItem
{
    public string? ItemId { get; init; }
    public string? ProductId { get; init; }
    public string? ProductName { get; init; }
    public decimal? Quantity { get; init; }
    public decimal? BasePrice { get; init; }
    public decimal? GrossPrice { get; init; }
    public decimal? NetPrice { get; init; }
    public decimal? Tax { get; init; }
    public string? ShipmentId { get; init; }
}

public sealed record ScapiShipment
{
    public string? ShipmentId { get; init; }
    public string? ShipmentNo { get; init; }
    public ScapiShippingMethod? ShippingMethod { get; init; }
    public ScapiAddress? ShippingAddress { get; init; }
    public string? ShippingStatus { get; init; }
    public string? TrackingNumber { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record ScapiPaymentTransaction(decimal? Amount, string? TransactionId);

public sealed record ScapiPaymentInstrument(string? PaymentInstrumentId, string? PaymentMethodId, ScapiPaymentTransaction? PaymentTransaction);

public sealed record ScapiOrder
{
    public required string OrderNo { get; init; }
    public string? Status { get; init; }
    public string? ExportStatus { get; init; }
    public string? PaymentStatus { get; init; }
    public string? ShippingStatus { get; init; }
    public string? ConfirmationStatus { get; init; }
    public string? ExternalOrderStatus { get; init; }
    public string? ChannelType { get; init; }
    public string? CreatedBy { get; init; }
    public DateTimeOffset? CreationDate { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public string? Currency { get; init; }
    public ScapiCustomerInfo? CustomerInfo { get; init; }
    public ScapiAddress? BillingAddress { get; init; }
    public IReadOnlyList<ScapiProductItem>? ProductItems { get; init; }
    public IReadOnlyList<ScapiShipment>? Shipments { get; init; }
    public IReadOnlyList<ScapiPaymentInstrument>? PaymentInstruments { get; init; }
    public decimal? OrderTotal { get; init; }
    public decimal? TaxTotal { get; init; }
    public string? Taxation { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OciAvailabilityRequest(IReadOnlyList<string> Skus, IReadOnlyList<string>? Groups = null, IReadOnlyList<string>? Locations = null);

public sealed record OciAvailabilityRecord
{
    public string? Sku { get; init; }
    /// <summary>On a delta record: the place it is about (the one OCI's delta token was made for).</summary>
    public string? Location { get; init; }
    public string? Group { get; init; }
    public decimal? Ato { get; init; }
    public decimal? Atf { get; init; }
    public decimal? OnHand { get; init; }
    public decimal? Reserved { get; init; }
    public decimal? SafetyStockCount { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OciAvailabilityGroup(string? Id, IReadOnlyList<OciAvailabilityRecord>? Records);

public sealed record OciAvailabilityResult
{
    public IReadOnlyList<OciAvailabilityGroup>? Groups { get; init; }
    public IReadOnlyList<OciAvailabilityGroup>? Locations { get; init; }
}

/// <summary>Which places a change feed follows: placeType "group" or "location".</summary>
public sealed record OciDeltaTokenRequest(string PlaceType, IReadOnlyList<string> Places);

/// <summary>Where a change feed starts; posted back as is to read the changes after it.</summary>
public sealed record OciDeltaToken(string? DeltaToken);

/// <summary>One read of the change feed: the changed SKUs' current records, where to read on, and whether more is waiting.</summary>
public sealed record OciDeltasResult
{
    public string? NextDeltaToken { get; init; }
    public bool ShouldQueryAgain { get; init; }
    public IReadOnlyList<OciAvailabilityRecord> Records { get; init; } = [];
}
