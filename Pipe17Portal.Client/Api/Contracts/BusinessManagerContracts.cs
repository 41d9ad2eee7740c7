namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>The workspace's sandbox Salesforce instance as the Sandbox Business Manager shows it.</summary>
/// <param name="OcapiResources">The resources the instance's OCAPI settings (Shop and Data) allow the OCAPI client.</param>
/// <param name="OrderAttributes">Ids (without c_) of the custom attribute definitions of the Order system object type.</param>
/// <param name="TaxRate">The site's tax rate, e.g. 0.0825 for 8.25 %.</param>
/// <param name="Taxation">net (tax on top of prices) or gross (prices include tax).</param>
public sealed record BmInstance(bool HasSandboxAccount, string? OrganizationId, string? SiteId, string? BmUser, IReadOnlyList<string> BmRoles, IReadOnlyList<BmApiClient> Clients,
    IReadOnlyList<BmOcapiResource>? OcapiResources = null, IReadOnlyList<string>? OrderAttributes = null, decimal? TaxRate = null, string? Taxation = null);

/// <param name="Attributes">Attribute ids without the c_ prefix, e.g. tiktokOrderId.</param>
public sealed record BmOrderAttributesUpdate(IReadOnlyList<string> Attributes);

/// <param name="TaxRate">A fraction from 0 to 0.5, e.g. 0.0825.</param>
/// <param name="Taxation">net or gross.</param>
public sealed record BmTaxUpdate(decimal TaxRate, string Taxation);

/// <param name="Disabled">Disabled in Account Manager: every token request of the client is refused.</param>
/// <param name="DefaultScopes">Account Manager's Default Scopes of the client.</param>
/// <param name="TokenEndpointAuthMethod">client_secret_post or client_secret_basic: the only way the client may authenticate.</param>
/// <param name="AccessTokenFormat">JWT.</param>
public sealed record BmApiClient(string ClientId, string Kind, string? Role, IReadOnlyList<string> Scopes, bool Disabled = false,
    IReadOnlyList<string>? DefaultScopes = null, string? TokenEndpointAuthMethod = null, string? AccessTokenFormat = null);

public sealed record BmClientDisabledUpdate(bool Disabled);

/// <param name="Api">shop or data: which OCAPI settings document.</param>
public sealed record BmOcapiResource(string Api, string ResourceId, IReadOnlyList<string> Methods);

public sealed record BmOcapiResourceRemoval(string Api, string ResourceId);

public sealed record BmScopesUpdate(IReadOnlyList<string> Scopes);

public sealed record BmRolesUpdate(IReadOnlyList<string> Roles);

public sealed record BmMethodCreate(string Id);

public sealed record BmCustomerCreate(string Email, string? CustomerNo, string? CompanyName = null);

/// <summary>A customer of the sandbox site's customer list.</summary>
public sealed record BmCustomer(string CustomerNo, string Email, string? FirstName, string? LastName, string? CompanyName);

/// <summary>A payment method (Cost null) or shipping method of the sandbox site.</summary>
public sealed record BmMethod(string Id, string Name, decimal? Cost);

/// <summary>A SKU's stock at one Omnichannel Inventory location; no location means the warehouse (the site inventory list).</summary>
public sealed record BmInventoryUpdate(int Quantity, string? Location = null);

public sealed record BmDeletedProducts(IReadOnlyList<string> Deleted);

public sealed record BmOrder(string OrderNo, string? Status, string? ShippingStatus, string? CustomerNo, string? ShippingMethod, string? PaymentMethod, decimal? OrderTotal, IReadOnlyList<string> TrackingNumbers,
    IReadOnlyList<BmOrderLine>? Lines = null);

/// <summary>A product item of a sandbox order; <paramref name="Shipped"/> when its shipment has shipped.</summary>
public sealed record BmOrderLine(string ProductId, decimal Quantity, bool Shipped);

/// <summary>Units of one product to ship.</summary>
public sealed record BmShipLine(string ProductId, int Quantity);

/// <summary>Ships the given lines (all unshipped lines when <paramref name="Lines"/> is null) under one tracking number.</summary>
public sealed record BmShipRequest(string TrackingNumber, string Carrier, IReadOnlyList<BmShipLine>? Lines = null);
