using Refit;

namespace Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

/// <summary>OCAPI Shop API, called as an agent with the Business Manager user grant. Snake_case documents.</summary>
public interface ISfccShopApi
{
    [Post("/s/{siteId}/dw/shop/v{version}/baskets")]
    Task<HttpResponseMessage> CreateBasketAsync(string siteId, string version, [Body] OcapiBasketRequest body, CancellationToken ct);

    [Get("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}")]
    Task<HttpResponseMessage> GetBasketAsync(string siteId, string version, string basketId, CancellationToken ct);

    [Delete("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}")]
    Task<HttpResponseMessage> DeleteBasketAsync(string siteId, string version, string basketId, CancellationToken ct);

    [Post("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/items")]
    Task<HttpResponseMessage> AddItemsAsync(string siteId, string version, string basketId, [Body] IReadOnlyList<OcapiProductItem> items, CancellationToken ct);

    [Put("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/shipments/{shipmentId}/shipping_method")]
    Task<HttpResponseMessage> SetShippingMethodAsync(string siteId, string version, string basketId, string shipmentId, [Body] OcapiShippingMethodRef body, CancellationToken ct);

    [Post("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/payment_instruments")]
    Task<HttpResponseMessage> AddPaymentInstrumentAsync(string siteId, string version, string basketId, [Body] OcapiPaymentInstrumentRequest body, CancellationToken ct);

    /// <summary>An agent's manual price adjustment (product, shipping or order level): never retried after a failure.</summary>
    [Post("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/price_adjustments")]
    Task<HttpResponseMessage> AddPriceAdjustmentAsync(string siteId, string version, string basketId, [Body] OcapiPriceAdjustmentRequest body, CancellationToken ct);

    [Delete("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/price_adjustments/{priceAdjustmentId}")]
    Task<HttpResponseMessage> RemovePriceAdjustmentAsync(string siteId, string version, string basketId, string priceAdjustmentId, CancellationToken ct);

    [Get("/s/{siteId}/dw/shop/v{version}/customers/{customerId}/baskets")]
    Task<HttpResponseMessage> GetCustomerBasketsAsync(string siteId, string version, string customerId, CancellationToken ct);

    [Get("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/shipments/{shipmentId}/shipping_methods")]
    Task<HttpResponseMessage> GetShippingMethodsAsync(string siteId, string version, string basketId, string shipmentId, CancellationToken ct);

    [Get("/s/{siteId}/dw/shop/v{version}/baskets/{basketId}/payment_methods")]
    Task<HttpResponseMessage> GetPaymentMethodsAsync(string siteId, string version, string basketId, CancellationToken ct);

    /// <summary>Turns a basket into an order: never retried after a failure (it may have been created).</summary>
    [Post("/s/{siteId}/dw/shop/v{version}/orders")]
    Task<HttpResponseMessage> CreateOrderAsync(string siteId, string version, [Body] OcapiBasketRef body, CancellationToken ct);

    /// <summary>Creates an order from a whole document, without a basket: never retried after a failure.</summary>
    [Put("/s/{siteId}/dw/shop/v{version}/orders")]
    Task<HttpResponseMessage> PutOrderAsync(string siteId, string version, [Body] OcapiOrder body, CancellationToken ct);

    /// <summary>Turns a basket into an order with the given number: never retried after a failure (it may have been created).</summary>
    [Put("/s/{siteId}/dw/shop/v{version}/orders/{orderNo}")]
    Task<HttpResponseMessage> CreateOrderWithNumberAsync(string siteId, string version, string orderNo, [Body] OcapiBasketRef body, CancellationToken ct);

    [Get("/s/{siteId}/dw/shop/v{version}/orders/{orderNo}")]
    Task<HttpResponseMessage> GetOrderAsync(string siteId, string version, string orderNo, CancellationToken ct);

    [Patch("/s/{siteId}/dw/shop/v{version}/orders/{orderNo}")]
    Task<HttpResponseMessage> PatchOrderAsync(string siteId, string version, string orderNo, [Body] OcapiOrderPatch body, CancellationToken ct);

    [Post("/s/{siteId}/dw/shop/v{version}/order_search")]
    Task<HttpResponseMessage> SearchOrdersAsync(string siteId, string version, [Body] OcapiSearchRequest body, CancellationToken ct);
}

/// <summary>OCAPI Data API (<c>/s/-/dw/data/v{version}</c>), with the Business Manager user grant.</summary>
public interface ISfccDataApi
{
    [Get("/s/-/dw/data/v{version}/sites/{siteId}")]
    Task<HttpResponseMessage> GetSiteAsync(string version, string siteId, CancellationToken ct);

    [Get("/s/-/dw/data/v{version}/customer_lists/{listId}")]
    Task<HttpResponseMessage> GetCustomerListAsync(string version, string listId, CancellationToken ct);

    [Post("/s/-/dw/data/v{version}/customer_lists/{listId}/customer_search")]
    Task<HttpResponseMessage> SearchCustomersAsync(string version, string listId, [Body] OcapiSearchRequest body, CancellationToken ct);

    /// <summary>Creates a customer (credentials.login unique in the list): never retried after a failure.</summary>
    [Post("/s/-/dw/data/v{version}/customer_lists/{listId}/customers")]
    Task<HttpResponseMessage> CreateCustomerAsync(string version, string listId, [Body] OcapiCustomerCreate body, CancellationToken ct);

    [Get("/s/-/dw/data/v{version}/customer_lists/{listId}/customers/{customerNo}")]
    Task<HttpResponseMessage> GetCustomerAsync(string version, string listId, string customerNo, CancellationToken ct);

    [Get("/s/-/dw/data/v{version}/inventory_lists")]
    Task<HttpResponseMessage> GetInventoryListsAsync(string version, int start, int count, CancellationToken ct);

    [Get("/s/-/dw/data/v{version}/inventory_lists/{inventoryListId}/product_inventory_records")]
    Task<HttpResponseMessage> GetInventoryRecordsAsync(string version, string inventoryListId, int start, int count, CancellationToken ct);

    [Get("/s/-/dw/data/v{version}/inventory_lists/{inventoryListId}/product_inventory_records/{productId}")]
    Task<HttpResponseMessage> GetInventoryRecordAsync(string version, string inventoryListId, string productId, CancellationToken ct);

    [Put("/s/-/dw/data/v{version}/sites/{siteId}/orders/{orderNo}/status")]
    Task<HttpResponseMessage> SetOrderStatusAsync(string version, string siteId, string orderNo, [Body] OcapiStatusRequest body, CancellationToken ct);

    [Get("/s/-/dw/data/v{version}/system_object_definitions/{objectType}/attribute_definitions")]
    Task<HttpResponseMessage> GetAttributeDefinitionsAsync(string version, string objectType, int start, int count, CancellationToken ct);
}
