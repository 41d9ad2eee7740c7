using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>OCAPI Shop as an agent (basket → order). Creating POSTs are never retried after a failure.</summary>
public sealed class SfccShopClient(SfccContext context, ISfccShopApi api)
{
    private const string Prefix = "/s/{site}/dw/shop/v{version}";
    public const string CreateBasketEndpoint = "POST " + Prefix + "/baskets";
    public const string GetBasketEndpoint = "GET " + Prefix + "/baskets/{basketId}";
    public const string DeleteBasketEndpoint = "DELETE " + Prefix + "/baskets/{basketId}";
    public const string AddItemsEndpoint = "POST " + Prefix + "/baskets/{basketId}/items";
    public const string SetShippingMethodEndpoint = "PUT " + Prefix + "/baskets/{basketId}/shipments/{shipmentId}/shipping_method";
    public const string AddPaymentInstrumentEndpoint = "POST " + Prefix + "/baskets/{basketId}/payment_instruments";
    public const string ShippingMethodsEndpoint = "GET " + Prefix + "/baskets/{basketId}/shipments/{shipmentId}/shipping_methods";
    public const string PaymentMethodsEndpoint = "GET " + Prefix + "/baskets/{basketId}/payment_methods";
    public const string AddPriceAdjustmentEndpoint = "POST " + Prefix + "/baskets/{basketId}/price_adjustments";
    public const string RemovePriceAdjustmentEndpoint = "DELETE " + Prefix + "/baskets/{basketId}/price_adjustments/{priceAdjustmentId}";
    public const string CustomerBasketsEndpoint = "GET " + Prefix + "/customers/{customerId}/baskets";
    public const string CreateOrderEndpoint = "POST " + Prefix + "/orders";
    public const string CreateOrderWithNumberEndpoint = "PUT " + Prefix + "/orders/{orderNo}";
    public const string PutOrderEndpoint = "PUT " + Prefix + "/orders";
    public const string GetOrderEndpoint = "GET " + Prefix + "/orders/{orderNo}";
    public const string PatchOrderEndpoint = "PATCH " + Prefix + "/orders/{orderNo}";
    public const string SearchOrdersEndpoint = "POST " + Prefix + "/order_search";

    private string S => context.Credentials.SiteId;

    private string V => context.Credentials.OcapiVersion.TrimStart('v', 'V');

    public Task<SfccResult<OcapiBasket>> CreateBasketAsync(OcapiBasketRequest basket, CancellationToken ct = default) =>
        Send<OcapiBasket>(CreateBasketEndpoint, () => api.CreateBasketAsync(S, V, basket, ct), ct);

    public Task<SfccResult<OcapiBasket>> GetBasketAsync(string basketId, CancellationToken ct = default) =>
        Send<OcapiBasket>(GetBasketEndpoint, () => api.GetBasketAsync(S, V, basketId, ct), ct);

    public Task<SfccResult<SfccAck>> DeleteBasketAsync(string basketId, CancellationToken ct = default) =>
        Send<SfccAck>(DeleteBasketEndpoint, () => api.DeleteBasketAsync(S, V, basketId, ct), ct);

    public Task<SfccResult<OcapiBasket>> AddItemsAsync(string basketId, IReadOnlyList<OcapiProductItem> items, CancellationToken ct = default) =>
        Send<OcapiBasket>(AddItemsEndpoint, () => api.AddItemsAsync(S, V, basketId, items, ct), ct);

    public Task<SfccResult<OcapiBasket>> SetShippingMethodAsync(string basketId, string shipmentId, string shippingMethodId, CancellationToken ct = default) =>
        Send<OcapiBasket>(SetShippingMethodEndpoint, () => api.SetShippingMethodAsync(S, V, basketId, shipmentId, new OcapiShippingMethodRef(shippingMethodId), ct), ct);

    public Task<SfccResult<OcapiBasket>> AddPaymentInstrumentAsync(string basketId, string paymentMethodId, decimal? amount, CancellationToken ct = default) =>
        Send<OcapiBasket>(AddPaymentInstrumentEndpoint, () => api.AddPaymentInstrumentAsync(S, V, basketId, new OcapiPaymentInstrumentRequest(paymentMethodId, amount), ct), ct);

    public Task<SfccResult<OcapiShippingMethodResult>> GetShippingMethodsAsync(string basketId, string shipmentId = "me", CancellationToken ct = default) =>
        Send<OcapiShippingMethodResult>(ShippingMethodsEndpoint, () => api.GetShippingMethodsAsync(S, V, basketId, shipmentId, ct), ct);

    public Task<SfccResult<OcapiPaymentMethodResult>> GetPaymentMethodsAsync(string basketId, CancellationToken ct = default) =>
        Send<OcapiPaymentMethodResult>(PaymentMethodsEndpoint, () => api.GetPaymentMethodsAsync(S, V, basketId, ct), ct);

    /// <summary>
    /// The open baskets of a customer (by customer_id, not customer number): how baskets whose creation answer was lost are
    /// found again, since an agent may hold only 4 open baskets per customer.
    /// </summary>
    public Task<SfccResult<OcapiBasketsResult>> GetCustomerBasketsAsync(string customerId, CancellationToken ct = default) =>
        Send<OcapiBasketsResult>(CustomerBasketsEndpoint, () => api.GetCustomerBasketsAsync(S, V, customerId, ct), ct);

    /// <summary>
    /// An agent's manual price adjustment on a product item, a shipping item or the order (Business Manager user grant
    /// only); answers the basket with its totals recomputed. Not retried after a 5xx or timeout: read the basket to see
    /// whether it was added.
    /// </summary>
    public Task<SfccResult<OcapiBasket>> AddPriceAdjustmentAsync(string basketId, OcapiPriceAdjustmentRequest adjustment, CancellationToken ct = default) =>
        Send<OcapiBasket>(AddPriceAdjustmentEndpoint, () => api.AddPriceAdjustmentAsync(S, V, basketId, adjustment, ct), ct);

    public Task<SfccResult<OcapiBasket>> RemovePriceAdjustmentAsync(string basketId, string priceAdjustmentId, CancellationToken ct = default) =>
        Send<OcapiBasket>(RemovePriceAdjustmentEndpoint, () => api.RemovePriceAdjustmentAsync(S, V, basketId, priceAdjustmentId, ct), ct);

    /// <summary>
    /// Places the basket as an order numbered <paramref name="orderNo"/> (1–50 characters, unique on the site; a number in
    /// use is refused with OrderNoAlreadyInUseException). Never retried after a failure: a timeout or 5xx leaves it unknown
    /// whether the order exists, so look it up with <see cref="GetOrderAsync"/> before trying again.
    /// </summary>
    public Task<SfccResult<OcapiOrder>> CreateOrderWithNumberAsync(string orderNo, string basketId, CancellationToken ct = default) =>
        Send<OcapiOrder>(CreateOrderWithNumberEndpoint, () => api.CreateOrderWithNumberAsync(S, V, orderNo, new OcapiBasketRef(basketId), ct), ct);

    /// <summary>Places the basket as an order. A timeout or 5xx leaves it unknown whether the order exists: look it up before trying again.</summary>
    public Task<SfccResult<OcapiOrder>> CreateOrderAsync(string basketId, CancellationToken ct = default) =>
        Send<OcapiOrder>(CreateOrderEndpoint, () => api.CreateOrderAsync(S, V, new OcapiBasketRef(basketId), ct), ct);

    public Task<SfccResult<OcapiOrder>> PutOrderAsync(OcapiOrder order, CancellationToken ct = default) =>
        Send<OcapiOrder>(PutOrderEndpoint, () => api.PutOrderAsync(S, V, order, ct), ct);

    public Task<SfccResult<OcapiOrder>> GetOrderAsync(string orderNo, CancellationToken ct = default) =>
        Send<OcapiOrder>(GetOrderEndpoint, () => api.GetOrderAsync(S, V, orderNo, ct), ct);

    public Task<SfccResult<OcapiOrder>> PatchOrderAsync(string orderNo, OcapiOrderPatch patch, CancellationToken ct = default) =>
        Send<OcapiOrder>(PatchOrderEndpoint, () => api.PatchOrderAsync(S, V, orderNo, patch, ct), ct);

    public Task<SfccResult<OcapiSearchResult<OcapiOrder>>> SearchOrdersAsync(OcapiSearchRequest search, CancellationToken ct = default) =>
        Send<OcapiSearchResult<OcapiOrder>>(SearchOrdersEndpoint, () => api.SearchOrdersAsync(S, V, search, ct), ct);

    private Task<SfccResult<T>> Send<T>(string endpoint, Func<Task<HttpResponseMessage>> send, CancellationToken ct) where T : class =>
        SfccCall.SendAsync<T>(new SfccCallSite(endpoint, "OCAPI Shop", null, context.Credentials.OcapiClientId), send, SfccJson.Ocapi, ct);
}

/// <summary>OCAPI Data: site, customer lists and customers, inventory lists, order status.</summary>
public sealed class SfccDataClient(SfccContext context, ISfccDataApi api)
{
    private const string Prefix = "/s/-/dw/data/v{version}";
    public const string SiteEndpoint = "GET " + Prefix + "/sites/{siteId}";
    public const string CustomerListEndpoint = "GET " + Prefix + "/customer_lists/{listId}";
    public const string CustomerSearchEndpoint = "POST " + Prefix + "/customer_lists/{listId}/customer_search";
    public const string CustomerEndpoint = "GET " + Prefix + "/customer_lists/{listId}/customers/{customerNo}";
    public const string CreateCustomerEndpoint = "POST " + Prefix + "/customer_lists/{listId}/customers";
    public const string InventoryListsEndpoint = "GET " + Prefix + "/inventory_lists";
    public const string InventoryRecordsEndpoint = "GET " + Prefix + "/inventory_lists/{id}/product_inventory_records";
    public const string InventoryRecordEndpoint = "GET " + Prefix + "/inventory_lists/{id}/product_inventory_records/{productId}";
    public const string OrderStatusEndpoint = "PUT " + Prefix + "/sites/{siteId}/orders/{orderNo}/status";
    public const string AttributeDefinitionsEndpoint = "GET " + Prefix + "/system_object_definitions/{objectType}/attribute_definitions";
    public const int MaxCount = 200;

    /// <summary>
    /// The Data API version the portal is built against. The merchant's OCAPI version setting is for the Shop API
    /// (orders); the Data API resources the portal uses are those of v25_6.
    /// </summary>
    public const string DataVersion = "25_6";

    private static string V => DataVersion;

    public Task<SfccResult<OcapiSite>> GetSiteAsync(CancellationToken ct = default) =>
        Send<OcapiSite>(SiteEndpoint, () => api.GetSiteAsync(V, context.Credentials.SiteId, ct), ct);

    public Task<SfccResult<OcapiCustomerList>> GetCustomerListAsync(string? listId = null, CancellationToken ct = default) =>
        Send<OcapiCustomerList>(CustomerListEndpoint, () => api.GetCustomerListAsync(V, listId ?? context.Credentials.SiteId, ct), ct);

    public Task<SfccResult<OcapiSearchResult<OcapiCustomer>>> SearchCustomersAsync(OcapiQuery query, string? listId = null, int start = 0, int count = 25, CancellationToken ct = default) =>
        Send<OcapiSearchResult<OcapiCustomer>>(CustomerSearchEndpoint,
            () => api.SearchCustomersAsync(V, listId ?? context.Credentials.SiteId, new OcapiSearchRequest(query, start, Math.Clamp(count, 1, MaxCount)), ct), ct);

    public Task<SfccResult<OcapiCustomer>> GetCustomerAsync(string customerNo, string? listId = null, CancellationToken ct = default) =>
        Send<OcapiCustomer>(CustomerEndpoint, () => api.GetCustomerAsync(V, listId ?? context.Credentials.SiteId, customerNo, ct), ct);

    /// <summary>
    /// Creates a customer in the list (the site's by default); SFCC assigns the customer number. A login in use is refused
    /// with LoginAlreadyInUseException. Not retried after a 5xx or timeout: search by login or email before trying again.
    /// </summary>
    public Task<SfccResult<OcapiCustomer>> CreateCustomerAsync(OcapiCustomerCreate customer, string? listId = null, CancellationToken ct = default) =>
        Send<OcapiCustomer>(CreateCustomerEndpoint, () => api.CreateCustomerAsync(V, listId ?? context.Credentials.SiteId, customer, ct), ct);

    public Task<SfccResult<OcapiPage<OcapiInventoryList>>> GetInventoryListsAsync(int start = 0, int count = MaxCount, CancellationToken ct = default) =>
        Send<OcapiPage<OcapiInventoryList>>(InventoryListsEndpoint, () => api.GetInventoryListsAsync(V, start, Math.Clamp(count, 1, MaxCount), ct), ct);

    public Task<SfccResult<OcapiPage<OcapiProductInventoryRecord>>> GetInventoryRecordsAsync(string inventoryListId, int start = 0, int count = MaxCount, CancellationToken ct = default) =>
        Send<OcapiPage<OcapiProductInventoryRecord>>(InventoryRecordsEndpoint,
            () => api.GetInventoryRecordsAsync(V, inventoryListId, start, Math.Clamp(count, 1, MaxCount), ct), ct);

    public Task<SfccResult<OcapiProductInventoryRecord>> GetInventoryRecordAsync(string inventoryListId, string productId, CancellationToken ct = default) =>
        Send<OcapiProductInventoryRecord>(InventoryRecordEndpoint, () => api.GetInventoryRecordAsync(V, inventoryListId, productId, ct), ct);

    /// <param name="status">created|new|open|completed|cancelled|failed|failed_with_reopen.</param>
    public Task<SfccResult<SfccAck>> SetOrderStatusAsync(string orderNo, string status, CancellationToken ct = default) =>
        Send<SfccAck>(OrderStatusEndpoint, () => api.SetOrderStatusAsync(V, context.Credentials.SiteId, orderNo, new OcapiStatusRequest(status), ct), ct);

    /// <summary>One page of the attribute definitions of a system object type, e.g. "Order" (custom ones have system = false).</summary>
    public Task<SfccResult<OcapiPage<OcapiAttributeDefinition>>> GetAttributeDefinitionsAsync(string objectType, int start = 0, int count = MaxCount, CancellationToken ct = default) =>
        Send<OcapiPage<OcapiAttributeDefinition>>(AttributeDefinitionsEndpoint,
            () => api.GetAttributeDefinitionsAsync(V, objectType, start, Math.Clamp(count, 1, MaxCount), ct), ct);

    private Task<SfccResult<T>> Send<T>(string endpoint, Func<Task<HttpResponseMessage>> send, CancellationToken ct) where T : class =>
        SfccCall.SendAsync<T>(new SfccCallSite(endpoint, "OCAPI Data", null, context.Credentials.OcapiClientId), send, SfccJson.Ocapi, ct);
}
