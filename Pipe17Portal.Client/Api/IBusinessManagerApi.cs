using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The Sandbox Business Manager: the sandbox Salesforce instance's API clients, user roles, methods, customers and stock (sandbox only).</summary>
public interface IBusinessManagerApi
{
    [Get("/api/v1/sandbox/sfcc/instance")]
    Task<BmInstance> GetInstanceAsync(CancellationToken ct = default);

    [Put("/api/v1/sandbox/sfcc/api-clients/{clientId}/scopes")]
    Task<BmInstance> SetScopesAsync(string clientId, [Body] BmScopesUpdate update, CancellationToken ct = default);

    [Put("/api/v1/sandbox/sfcc/api-clients/{clientId}/disabled")]
    Task<BmInstance> SetClientDisabledAsync(string clientId, [Body] BmClientDisabledUpdate update, CancellationToken ct = default);

    /// <summary>Gives the client a new password in Account Manager, so the one the portal has stored stops working.</summary>
    [Post("/api/v1/sandbox/sfcc/api-clients/{clientId}/change-password")]
    Task<BmInstance> ChangeClientPasswordAsync(string clientId, CancellationToken ct = default);

    [Post("/api/v1/sandbox/sfcc/ocapi-settings/remove-resource")]
    Task<BmInstance> RemoveOcapiResourceAsync([Body] BmOcapiResourceRemoval removal, CancellationToken ct = default);

    [Put("/api/v1/sandbox/sfcc/bm-user/roles")]
    Task<BmInstance> SetRolesAsync([Body] BmRolesUpdate update, CancellationToken ct = default);

    /// <summary>Sets the custom attributes defined on the Order type; an order carrying another c_ attribute is refused.</summary>
    [Put("/api/v1/sandbox/sfcc/order-attribute-definitions")]
    Task<BmInstance> SetOrderAttributesAsync([Body] BmOrderAttributesUpdate update, CancellationToken ct = default);

    /// <summary>Sets the site's tax rate and taxation (net or gross), with which every basket is taxed from then on.</summary>
    [Put("/api/v1/sandbox/sfcc/tax")]
    Task<BmInstance> SetTaxAsync([Body] BmTaxUpdate update, CancellationToken ct = default);

    [Get("/api/v1/sandbox/sfcc/payment-methods")]
    Task<IReadOnlyList<BmMethod>> ListPaymentMethodsAsync(CancellationToken ct = default);

    [Post("/api/v1/sandbox/sfcc/payment-methods")]
    Task CreatePaymentMethodAsync([Body] BmMethodCreate method, CancellationToken ct = default);

    [Delete("/api/v1/sandbox/sfcc/payment-methods/{methodId}")]
    Task DeletePaymentMethodAsync(string methodId, CancellationToken ct = default);

    [Get("/api/v1/sandbox/sfcc/shipping-methods")]
    Task<IReadOnlyList<BmMethod>> ListShippingMethodsAsync(CancellationToken ct = default);

    [Post("/api/v1/sandbox/sfcc/shipping-methods")]
    Task CreateShippingMethodAsync([Body] BmMethodCreate method, CancellationToken ct = default);

    [Get("/api/v1/sandbox/sfcc/customers")]
    Task<IReadOnlyList<BmCustomer>> ListCustomersAsync(CancellationToken ct = default);

    [Post("/api/v1/sandbox/sfcc/customers")]
    Task CreateCustomerAsync([Body] BmCustomerCreate customer, CancellationToken ct = default);

    [Delete("/api/v1/sandbox/sfcc/customers/{customerNo}")]
    Task DeleteCustomerAsync(string customerNo, CancellationToken ct = default);

    [Get("/api/v1/sandbox/sfcc/orders")]
    Task<IReadOnlyList<BmOrder>> ListOrdersAsync(CancellationToken ct = default);

    [Post("/api/v1/sandbox/sfcc/orders/{orderNo}/ship")]
    Task ShipOrderAsync(string orderNo, [Body] BmShipRequest request, CancellationToken ct = default);

    [Put("/api/v1/sandbox/sfcc/inventory/{sku}")]
    Task SetInventoryAsync(string sku, [Body] BmInventoryUpdate update, CancellationToken ct = default);

    /// <summary>Deletes a product (a master with its variants) from the sandbox catalog; answers the ids deleted.</summary>
    [Delete("/api/v1/sandbox/sfcc/products/{productId}")]
    Task<BmDeletedProducts> DeleteProductAsync(string productId, CancellationToken ct = default);
}
