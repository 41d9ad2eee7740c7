using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

// OCAPI wire models (snake_case through SfccJson.Ocapi). Documents carry _v, _type, _resource_state and c_* attributes:
// those land in Extra on reads and can be sent through Extra on writes.

public sealed record OcapiAddress
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

public sealed record OcapiCustomerInfo
{
    public string? CustomerNo { get; init; }
    public string? CustomerId { get; init; }
    public string? CustomerName { get; init; }
    public string? Email { get; init; }
}

/// <summary>
/// A shipment's shipping method: just the id when setting it; documents read back also carry its name and price
/// (left out of requests while null).
/// </summary>
public sealed record OcapiShippingMethodRef(string Id)
{
    public string? Name { get; init; }
    public decimal? Price { get; init; }
}

public sealed record OcapiShippingMethod
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public decimal? Price { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiShipment
{
    public string? ShipmentId { get; init; }
    public string? ShipmentNo { get; init; }
    public OcapiShippingMethodRef? ShippingMethod { get; init; }
    public OcapiAddress? ShippingAddress { get; init; }
    public string? ShippingStatus { get; init; }
    public string? TrackingNumber { get; init; }
    /// <summary>Products of the shipment after item and order discounts (read only).</summary>
    public decimal? ProductTotal { get; init; }
    /// <summary>The shipment's shipping cost after shipping discounts (read only).</summary>
    public decimal? ShippingTotal { get; init; }
    public decimal? ShipmentTotal { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiProductItem
{
    public string? ItemId { get; init; }
    public required string ProductId { get; init; }
    public string? ProductName { get; init; }
    public decimal Quantity { get; init; }
    public string? ShipmentId { get; init; }
    public decimal? BasePrice { get; init; }
    public decimal? Price { get; init; }
    public decimal? PriceAfterItemDiscount { get; init; }
    public decimal? PriceAfterOrderDiscount { get; init; }
    public decimal? Tax { get; init; }
    /// <summary>The item's own adjustments (read only; add them with <see cref="SfccShopClient.AddPriceAdjustmentAsync"/>).</summary>
    public IReadOnlyList<OcapiPriceAdjustment>? PriceAdjustments { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A shipment's shipping line: its <see cref="ItemId"/> is what a shipping-level price adjustment names.</summary>
public sealed record OcapiShippingItem
{
    public string? ItemId { get; init; }
    public string? ShipmentId { get; init; }
    public string? ItemText { get; init; }
    public decimal? BasePrice { get; init; }
    public decimal? Price { get; init; }
    public decimal? PriceAfterItemDiscount { get; init; }
    public decimal? Tax { get; init; }
    public decimal? AdjustedTax { get; init; }
    public IReadOnlyList<OcapiPriceAdjustment>? PriceAdjustments { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>Price adjustment levels of <see cref="OcapiPriceAdjustmentRequest.Level"/>.</summary>
public static class OcapiPriceAdjustmentLevels
{
    public const string Product = "product";
    public const string Shipping = "shipping";
    public const string Order = "order";
}

/// <summary>Discount types of <see cref="OcapiDiscount.Type"/>.</summary>
public static class OcapiDiscountTypes
{
    /// <summary>The resulting unit price of the item (not allowed at order level).</summary>
    public const string FixedPrice = "fixed_price";
    /// <summary>The amount each unit is reduced by.</summary>
    public const string Amount = "amount";
    /// <summary>A percentage off, e.g. 5 for 5 %.</summary>
    public const string Percentage = "percentage";
}

/// <summary>The discount of a manual price adjustment: fixed_price, amount or percentage, with a positive value.</summary>
public sealed record OcapiDiscount(string Type, decimal Value);

/// <summary>
/// Body of POST /baskets/{id}/price_adjustments (agents only). <paramref name="ItemId"/> is the product item's item_id for
/// level product, the shipping item's item_id for level shipping, and null for level order.
/// </summary>
public sealed record OcapiPriceAdjustmentRequest(
    string Level, string? ItemId, OcapiDiscount Discount, string? PromotionId = null, string? ReasonCode = null, string? ItemText = null);

/// <summary>The discount a price adjustment is based on: <c>amount</c> for amount/fixed_price, <c>percentage</c> for percentage.</summary>
public sealed record OcapiAppliedDiscount
{
    public string? Type { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Percentage { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A price adjustment of a product item, shipping item or the order; <see cref="Price"/> is the (negative) change.</summary>
public sealed record OcapiPriceAdjustment
{
    public string? PriceAdjustmentId { get; init; }
    public string? PromotionId { get; init; }
    public decimal? Price { get; init; }
    public OcapiAppliedDiscount? AppliedDiscount { get; init; }
    public string? ItemText { get; init; }
    public string? ReasonCode { get; init; }
    public string? CouponCode { get; init; }
    public bool? Manual { get; init; }
    public bool? Custom { get; init; }
    public string? CreatedBy { get; init; }
    public DateTimeOffset? CreationDate { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiPaymentInstrumentRequest(string PaymentMethodId, decimal? Amount);

public sealed record OcapiPaymentInstrument
{
    public string? PaymentInstrumentId { get; init; }
    public string? PaymentMethodId { get; init; }
    public decimal? Amount { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>Body of POST /baskets; any of the parts may be given at once. c_* attributes go in Extra.</summary>
public sealed record OcapiBasketRequest
{
    public OcapiCustomerInfo? CustomerInfo { get; init; }
    public OcapiAddress? BillingAddress { get; init; }
    public IReadOnlyList<OcapiShipment>? Shipments { get; init; }
    public IReadOnlyList<OcapiProductItem>? ProductItems { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiBasket
{
    public required string BasketId { get; init; }
    public string? Currency { get; init; }
    public OcapiCustomerInfo? CustomerInfo { get; init; }
    public OcapiAddress? BillingAddress { get; init; }
    public IReadOnlyList<OcapiShipment>? Shipments { get; init; }
    public IReadOnlyList<OcapiProductItem>? ProductItems { get; init; }
    public IReadOnlyList<OcapiPaymentInstrument>? PaymentInstruments { get; init; }
    public IReadOnlyList<OcapiShippingItem>? ShippingItems { get; init; }
    public IReadOnlyList<OcapiPriceAdjustment>? OrderPriceAdjustments { get; init; }
    /// <summary>Products after item-level adjustments, before order-level ones.</summary>
    public decimal? ProductSubTotal { get; init; }
    /// <summary>Products after all adjustments, without shipping.</summary>
    public decimal? ProductTotal { get; init; }
    /// <summary>Shipping after shipping adjustments.</summary>
    public decimal? ShippingTotal { get; init; }
    public decimal? TaxTotal { get; init; }
    public decimal? OrderTotal { get; init; }

    /// <summary>OCAPI's name for it is product_total (the Script API's adjusted merchandize total); documents carry no separate field.</summary>
    [JsonIgnore]
    public decimal? AdjustedMerchandizeTotal => ProductTotal;

    /// <summary>Every price adjustment of the document: product items', shipping items' and order level.</summary>
    [JsonIgnore]
    public IReadOnlyList<OcapiPriceAdjustment> PriceAdjustments => OcapiAdjustments.All(ProductItems, ShippingItems, OrderPriceAdjustments);

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiBasketRef(string BasketId);

/// <summary>GET /customers/{customer_id}/baskets: the customer's open baskets.</summary>
public sealed record OcapiBasketsResult
{
    public IReadOnlyList<OcapiBasket> Baskets { get; init; } = [];
    public int Total { get; init; }
}

internal static class OcapiAdjustments
{
    public static IReadOnlyList<OcapiPriceAdjustment> All(
        IReadOnlyList<OcapiProductItem>? items, IReadOnlyList<OcapiShippingItem>? shipping, IReadOnlyList<OcapiPriceAdjustment>? order) =>
        [
            .. (items ?? []).SelectMany(i => i.PriceAdjustments ?? []),
            .. (shipping ?? []).SelectMany(i => i.PriceAdjustments ?? []),
            .. order ?? [],
        ];
}

public sealed record OcapiShippingMethodResult
{
    public string? DefaultShippingMethodId { get; init; }
    public IReadOnlyList<OcapiShippingMethod> ApplicableShippingMethods { get; init; } = [];
}

public sealed record OcapiPaymentMethod
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiPaymentMethodResult
{
    public IReadOnlyList<OcapiPaymentMethod> ApplicablePaymentMethods { get; init; } = [];
}

public sealed record OcapiOrder
{
    public string? OrderNo { get; init; }
    public string? Status { get; init; }
    public string? ExportStatus { get; init; }
    public string? PaymentStatus { get; init; }
    public string? ShippingStatus { get; init; }
    public string? ConfirmationStatus { get; init; }
    public string? ChannelType { get; init; }
    public DateTimeOffset? CreationDate { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public string? Currency { get; init; }
    public OcapiCustomerInfo? CustomerInfo { get; init; }
    public OcapiAddress? BillingAddress { get; init; }
    public IReadOnlyList<OcapiProductItem>? ProductItems { get; init; }
    public IReadOnlyList<OcapiShipment>? Shipments { get; init; }
    public IReadOnlyList<OcapiPaymentInstrument>? PaymentInstruments { get; init; }
    public IReadOnlyList<OcapiShippingItem>? ShippingItems { get; init; }
    public IReadOnlyList<OcapiPriceAdjustment>? OrderPriceAdjustments { get; init; }
    /// <summary>Products after item-level adjustments, before order-level ones.</summary>
    public decimal? ProductSubTotal { get; init; }
    /// <summary>Products after all adjustments, without shipping.</summary>
    public decimal? ProductTotal { get; init; }
    /// <summary>Shipping after shipping adjustments.</summary>
    public decimal? ShippingTotal { get; init; }
    public decimal? OrderTotal { get; init; }
    public decimal? TaxTotal { get; init; }

    /// <summary>OCAPI's name for it is product_total (the Script API's adjusted merchandize total); documents carry no separate field.</summary>
    [JsonIgnore]
    public decimal? AdjustedMerchandizeTotal => ProductTotal;

    /// <summary>Every price adjustment of the document: product items', shipping items' and order level.</summary>
    [JsonIgnore]
    public IReadOnlyList<OcapiPriceAdjustment> PriceAdjustments => OcapiAdjustments.All(ProductItems, ShippingItems, OrderPriceAdjustments);

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>PATCH /orders/{no}: the status and/or c_* attributes in Extra.</summary>
public sealed record OcapiOrderPatch
{
    public string? Status { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiStatusRequest(string Status);

public sealed record OcapiTermQuery(IReadOnlyList<string> Fields, string Operator, IReadOnlyList<string> Values);

public sealed record OcapiTextQuery(IReadOnlyList<string> Fields, string SearchPhrase);

/// <summary>Exactly one query kind is set.</summary>
public sealed record OcapiQuery
{
    public JsonElement? MatchAllQuery { get; init; }
    public OcapiTermQuery? TermQuery { get; init; }
    public OcapiTextQuery? TextQuery { get; init; }

    public static OcapiQuery MatchAll { get; } = new() { MatchAllQuery = JsonDocument.Parse("{}").RootElement.Clone() };

    public static OcapiQuery Term(string field, params string[] values) => new() { TermQuery = new OcapiTermQuery([field], "is", values) };

    public static OcapiQuery Text(string field, string phrase) => new() { TextQuery = new OcapiTextQuery([field], phrase) };
}

public sealed record OcapiSort(string Field, string SortOrder = "asc");

public sealed record OcapiSearchRequest(OcapiQuery Query, int Start, int Count, string? Select = "(**)", IReadOnlyList<OcapiSort>? Sorts = null);

public sealed record OcapiSearchHit<T>(T Data, double? Relevance) where T : class;

public sealed record OcapiSearchResult<T> where T : class
{
    public int Count { get; init; }
    public int Start { get; init; }
    public int Total { get; init; }
    public IReadOnlyList<OcapiSearchHit<T>> Hits { get; init; } = [];
}

/// <summary>OCAPI Data list pages: <c>{count, data, start, total, next}</c>.</summary>
public sealed record OcapiPage<T> where T : class
{
    public int Count { get; init; }
    public int Start { get; init; }
    public int Total { get; init; }
    public IReadOnlyList<T> Data { get; init; } = [];
}

/// <summary>An OCAPI Data <c>object_attribute_definition</c>: its id (without c_) and whether it is a system attribute.</summary>
public sealed record OcapiAttributeDefinition
{
    public required string Id { get; init; }
    public bool System { get; init; }
    public string? ValueType { get; init; }
}

public sealed record OcapiSite
{
    public required string Id { get; init; }
    public JsonElement? DisplayName { get; init; }
    public string? StorefrontStatus { get; init; }
    public JsonElement? CustomerListLink { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiCustomerList
{
    public required string Id { get; init; }
    public string? Description { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiCustomer
{
    public string? CustomerNo { get; init; }
    public string? CustomerId { get; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? CompanyName { get; init; }
    public JsonElement? Credentials { get; init; }
    public OcapiAddress? PrimaryAddress { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiCustomerCredentials
{
    /// <summary>Unique in the customer list (ignoring case), at most 256 characters.</summary>
    public required string Login { get; init; }
    public bool? Enabled { get; init; }
}

/// <summary>Body of POST /customer_lists/{id}/customers: login and last name are mandatory (email too on most instances). c_* go in Extra.</summary>
public sealed record OcapiCustomerCreate
{
    public required OcapiCustomerCredentials Credentials { get; init; }
    public required string LastName { get; init; }
    public string? FirstName { get; init; }
    public string? Email { get; init; }
    public string? CompanyName { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiInventoryList
{
    public required string Id { get; init; }
    public string? Description { get; init; }
    public bool? DefaultInStock { get; init; }
    public IReadOnlyList<string>? AssignedSites { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record OcapiAllocation(decimal? Amount, DateTimeOffset? ResetDate);

public sealed record OcapiProductInventoryRecord
{
    public required string ProductId { get; init; }
    public string? InventoryListId { get; init; }
    public OcapiAllocation? Allocation { get; init; }
    public decimal? Ats { get; init; }
    public decimal? StockLevel { get; init; }
    public bool? PerpetualFlag { get; init; }
    public string? PreOrderBackOrderHandling { get; init; }
    public DateTimeOffset? InStockDate { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
