using Refit;

namespace Pipe17Portal.Connectors.Sfcc.Api.Scapi;

/// <summary>SCAPI Products (<c>sfcc.products</c>). There is no list endpoint: product-search with matchAllQuery pages the catalog.</summary>
public interface ISfccProductsApi
{
    [Post("/product/products/v1/organizations/{organizationId}/product-search")]
    Task<HttpResponseMessage> SearchProductsAsync(string organizationId, string? siteId, [Body] ScapiProductSearchRequest body, CancellationToken ct);

    [Get("/product/products/v1/organizations/{organizationId}/products/{productId}")]
    Task<HttpResponseMessage> GetProductAsync(string organizationId, string productId, string? siteId, CancellationToken ct);

    [Get("/product/products/v1/organizations/{organizationId}/products/{masterProductId}/variations")]
    Task<HttpResponseMessage> GetVariationsAsync(string organizationId, string masterProductId, int limit, int offset, CancellationToken ct);
}

/// <summary>SCAPI Catalogs (<c>sfcc.catalogs</c>).</summary>
public interface ISfccCatalogsApi
{
    [Get("/product/catalogs/v1/organizations/{organizationId}/catalogs")]
    Task<HttpResponseMessage> GetCatalogsAsync(string organizationId, int limit, int offset, CancellationToken ct);

    [Get("/product/catalogs/v1/organizations/{organizationId}/catalogs/{catalogId}/categories")]
    Task<HttpResponseMessage> GetCategoriesAsync(string organizationId, string catalogId, int limit, int offset, CancellationToken ct);
}

/// <summary>SCAPI Customers (<c>sfcc.customerlists</c>).</summary>
public interface ISfccCustomersApi
{
    [Get("/customer/customers/v1/organizations/{organizationId}/customer-lists/{customerListId}/customers")]
    Task<HttpResponseMessage> GetCustomersAsync(string organizationId, string customerListId, int limit, int offset, CancellationToken ct);

    [Get("/customer/customers/v1/organizations/{organizationId}/customer-lists/{customerListId}/customers/{customerNo}")]
    Task<HttpResponseMessage> GetCustomerAsync(string organizationId, string customerListId, string customerNo, CancellationToken ct);

    [Post("/customer/customers/v1/organizations/{organizationId}/customer-lists/{customerListId}/customer-search")]
    Task<HttpResponseMessage> SearchCustomersAsync(string organizationId, string customerListId, [Body] ScapiSearchRequest body, CancellationToken ct);
}

/// <summary>SCAPI Orders (<c>sfcc.orders</c>, <c>sfcc.orders.rw</c>).</summary>
public interface ISfccOrdersApi
{
    [Get("/checkout/orders/v1/organizations/{organizationId}/orders")]
    Task<HttpResponseMessage> GetOrdersAsync(
        string organizationId,
        string siteId,
        string? status,
        string? exportStatus,
        string? paymentStatus,
        string? shippingStatus,
        string? creationDateFrom,
        string? creationDateTo,
        string? lastModifiedDateFrom,
        string? lastModifiedDateTo,
        string? sortBy,
        string? sortOrder,
        int? limit,
        int? offset,
        CancellationToken ct);

    [Get("/checkout/orders/v1/organizations/{organizationId}/orders/{orderNo}")]
    Task<HttpResponseMessage> GetOrderAsync(string organizationId, string orderNo, string siteId, CancellationToken ct);

    [Put("/checkout/orders/v1/organizations/{organizationId}/orders/{orderNo}/status")]
    Task<HttpResponseMessage> UpdateOrderStatusAsync(string organizationId, string orderNo, string siteId, [Body] ScapiStatusRequest body, CancellationToken ct);
}

/// <summary>Omnichannel Inventory availability (<c>sfcc.inventory.availability</c>); the path names the tenant group, not the org.</summary>
public interface ISfccInventoryApi
{
    [Post("/inventory/availability/v1/organizations/{tenantGroupId}/availability-records/actions/get-availability")]
    Task<HttpResponseMessage> GetAvailabilityAsync(string tenantGroupId, [Body] OciAvailabilityRequest body, CancellationToken ct);

    [Post("/inventory/availability/v1/organizations/{tenantGroupId}/availability-records/delta-token")]
    Task<HttpResponseMessage> CreateDeltaTokenAsync(string tenantGroupId, [Body] OciDeltaTokenRequest body, CancellationToken ct);

    [Post("/inventory/availability/v1/organizations/{tenantGroupId}/availability-records/actions/get-deltas")]
    Task<HttpResponseMessage> GetDeltasAsync(string tenantGroupId, [Body] OciDeltaToken body, CancellationToken ct);
}
