using System.Text.Json.Serialization;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>
/// The portal's own client of the sandbox control API. The portal reaches its emulators only over HTTP, exactly as it
/// reaches the real systems, so this is a client like any other (snake_case JSON).
/// </summary>
public interface ISandboxControlApi
{
    [Post("/sandbox/_control/accounts")]
    Task<SandboxAccountDto> CreateAccountAsync(CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}")]
    Task<SandboxAccountDto> GetAccountAsync(Guid id, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/tiktok/redirect-url")]
    Task SetTikTokRedirectUrlAsync(Guid id, [Body] RedirectUrlBody body, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/tiktok/orders")]
    Task<CreatedOrdersDto> CreateTikTokOrdersAsync(Guid id, [Body] CreateOrdersBody body, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/tiktok/orders/{orderId}/cancel")]
    Task CancelTikTokOrderAsync(Guid id, string orderId, [Body] CancelOrderBody body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/tiktok/orders")]
    Task<ControlOrderPage> ListTikTokOrdersAsync(Guid id, [AliasAs("page")] int page, [AliasAs("page_size")] int pageSize, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/api-clients/{clientId}/scopes")]
    Task<ControlApiClient> GetSfccClientAsync(Guid id, string clientId, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/api-clients/{clientId}/scopes")]
    Task<ControlApiClient> SetSfccScopesAsync(Guid id, string clientId, [Body] ControlScopes body, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/api-clients/{clientId}/disabled")]
    Task<ControlApiClient> SetSfccClientDisabledAsync(Guid id, string clientId, [Body] ControlDisabled body, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/api-clients/{clientId}/secret")]
    Task<ControlApiClient> SetSfccClientSecretAsync(Guid id, string clientId, [Body] ControlSecret body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/ocapi-settings")]
    Task<System.Text.Json.JsonElement> GetSfccOcapiSettingsAsync(Guid id, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/sfcc/ocapi-settings/{api}/remove-resource")]
    Task<System.Text.Json.JsonElement> RemoveSfccOcapiResourceAsync(Guid id, string api, [Body] ControlResourceId body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/bm-user/roles")]
    Task<ControlBmUser> GetSfccBmUserAsync(Guid id, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/bm-user/roles")]
    Task<ControlBmUser> SetSfccBmRolesAsync(Guid id, [Body] ControlRoles body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/order-attribute-definitions")]
    Task<ControlOrderAttributes> GetSfccOrderAttributesAsync(Guid id, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/order-attribute-definitions")]
    Task<ControlOrderAttributes> SetSfccOrderAttributesAsync(Guid id, [Body] ControlOrderAttributes body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/site-preferences")]
    Task<ControlSitePreferences> GetSfccSitePreferencesAsync(Guid id, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/site-preferences")]
    Task<ControlSitePreferences> SetSfccTaxAsync(Guid id, [Body] ControlTax body, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/sfcc/payment-methods")]
    Task CreateSfccPaymentMethodAsync(Guid id, [Body] ControlMethod body, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/sfcc/shipping-methods")]
    Task CreateSfccShippingMethodAsync(Guid id, [Body] ControlMethod body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/payment-methods")]
    Task<IReadOnlyList<ControlSfccMethod>> ListSfccPaymentMethodsAsync(Guid id, CancellationToken ct);

    [Delete("/sandbox/_control/accounts/{id}/sfcc/payment-methods/{methodId}")]
    Task DeleteSfccPaymentMethodAsync(Guid id, string methodId, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/shipping-methods")]
    Task<IReadOnlyList<ControlSfccMethod>> ListSfccShippingMethodsAsync(Guid id, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/sfcc/customers")]
    Task CreateSfccCustomerAsync(Guid id, [Body] ControlCustomer body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/customers")]
    Task<IReadOnlyList<ControlSfccCustomer>> ListSfccCustomersAsync(Guid id, CancellationToken ct);

    [Delete("/sandbox/_control/accounts/{id}/sfcc/customers/{customerNo}")]
    Task DeleteSfccCustomerAsync(Guid id, string customerNo, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/sfcc/orders")]
    Task<IReadOnlyList<ControlSfccOrder>> ListSfccOrdersAsync(Guid id, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/sfcc/orders/{orderNo}/ship")]
    Task ShipSfccOrderAsync(Guid id, string orderNo, [Body] ControlShip body, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/sfcc/inventory/{sku}")]
    Task SetSfccInventoryAsync(Guid id, string sku, [Body] ControlQuantity body, CancellationToken ct);

    [Delete("/sandbox/_control/accounts/{id}/sfcc/products/{productId}")]
    Task<ControlDeletedProducts> DeleteSfccProductAsync(Guid id, string productId, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/tiktok/inventory")]
    Task<IReadOnlyList<ControlInventory>> GetTikTokInventoryAsync(Guid id, CancellationToken ct);
}

public sealed record ControlOrderPage(int TotalCount, int Page, int PageSize, IReadOnlyList<ControlOrder> Orders);

public sealed record ControlOrder(string Id, string Status, long CreateTime, long UpdateTime, string? DeliveryOptionName, string? TotalAmount, string? Currency,
    IReadOnlyList<ControlOrderSku> Skus, IReadOnlyList<ControlPackage> Packages);

public sealed record ControlOrderSku(string SellerSku, int Quantity);

public sealed record ControlPackage(string Id, string Status, string? TrackingNumber, string? ShippingProviderName);

public sealed record ControlInventory(string SellerSku, string WarehouseId, int Quantity);

public sealed record ControlApiClient(string ClientId, string Kind, string? Role, IReadOnlyList<string> Scopes, bool Disabled = false,
    IReadOnlyList<string>? DefaultScopes = null, string? TokenEndpointAuthMethod = null, string? AccessTokenFormat = null);

public sealed record ControlDisabled(bool Disabled);

public sealed record ControlSecret(string Secret);

public sealed record ControlResourceId(string ResourceId);

public sealed record ControlScopes(IReadOnlyList<string> Scopes);

public sealed record ControlBmUser(string User, IReadOnlyList<string> Roles);

public sealed record ControlRoles(IReadOnlyList<string> Roles);

public sealed record ControlOrderAttributes(IReadOnlyList<string> Attributes);

public sealed record ControlSitePreferences(int BasketsPerCustomer, decimal TaxRate, string Taxation);

public sealed record ControlTax(decimal TaxRate, string Taxation);

public sealed record ControlMethod(string Id);

public sealed record ControlCustomer(string Email, string? CustomerNo, string? CompanyName = null);

public sealed record ControlSfccCustomer(string CustomerNo, string? CustomerId, string Email, string? FirstName, string? LastName, string? CompanyName, string? Login);

public sealed record ControlSfccMethod(string Id, string Name, decimal? Cost);

public sealed record ControlQuantity(int Quantity, string? Location = null);

/// <summary>The product ids a delete took out of the SFCC catalog (a master brings its variants).</summary>
public sealed record ControlDeletedProducts(IReadOnlyList<string> Deleted);

public sealed record ControlSfccOrder(string OrderNo, string? Status, string? ShippingStatus, string? CustomerNo, string? ShippingMethod, string? PaymentMethod, decimal? OrderTotal, IReadOnlyList<string>? TrackingNumbers,
    IReadOnlyList<ControlSfccOrderLine>? Lines = null);

public sealed record ControlSfccOrderLine(string ProductId, decimal Quantity, bool Shipped);

public sealed record ControlShipLine(string ProductId, int Quantity);

public sealed record ControlShip(string TrackingNumber, string Carrier, IReadOnlyList<ControlShipLine>? Lines = null);

public sealed record SandboxAccountDto(Guid Id, SandboxTikTokDto Tiktok, SandboxSfccDto? Sfcc = null);

public sealed record SandboxSfccDto(string ShortCode, string OrganizationId, string SiteId, string B2cApiClientId, string B2cApiClientPassword,
    string ShopApiClientId, string ShopApiClientPassword, string OcapiClientId, string OcapiClientPassword,
    string BusinessManagerUser, string BusinessManagerPassword, string OcapiBaseUrl,
    string? OciTenantGroupId = null, IReadOnlyList<string>? OciLocations = null);

public sealed record SandboxTikTokDto(string AppKey, string AppSecret, string ServiceId, string ShopId, string ShopName, string Region);

public sealed record RedirectUrlBody(string RedirectUrl);

public sealed record CreateOrdersBody(int Count, string? Status, IReadOnlyList<SkuQuantity>? Skus, string? DeliveryOptionName);

public sealed record SkuQuantity(string SellerSku, int Quantity);

public sealed record CreatedOrdersDto(IReadOnlyList<string> OrderIds);

public sealed record CancelOrderBody(string Initiator, string? Reason);
