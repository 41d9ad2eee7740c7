namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>A Salesforce connection's settings as the merchant sees them (passwords only as set / not set).</summary>
public sealed record SfccSettingsView(
    Guid ConnectionId,
    string DisplayName,
    ConnectionStatus Status,
    string? StatusMessage,
    string ShortCode,
    string OrganizationId,
    string SiteId,
    string OcapiUrl,
    string B2cClientId,
    bool B2cClientPasswordSet,
    string ShopClientId,
    bool ShopClientPasswordSet,
    string OcapiClientId,
    bool OcapiClientPasswordSet,
    string BmUser,
    bool BmPasswordSet,
    string OcapiVersion,
    bool PullCatalog,
    bool ForceCatalogResync,
    bool IsSandbox,
    IReadOnlyList<SfccCheckResult> Checks,
    string OcapiSettingsShopJson,
    string OcapiSettingsDataJson,
    bool PullShippingRequests = true,
    bool PullFulfillments = true,
    bool PullInventory = true,
    bool ForceInventoryResync = false,
    string OciTenantGroupId = "",
    IReadOnlyList<string>? InventoryLocations = null,
    /// <summary>The connection's settings version this view was read at; send it back with the save.</summary>
    int Version = 0);

/// <summary>
/// A password left null keeps the stored one. The Step 8 pulls default to on when a client leaves them out; the OCI tenant
/// group and inventory locations left null keep the stored ones.
/// </summary>
public sealed record SfccSettingsUpdate(
    string ShortCode,
    string OrganizationId,
    string SiteId,
    string OcapiUrl,
    string B2cClientId,
    string? B2cClientPassword,
    string ShopClientId,
    string? ShopClientPassword,
    string OcapiClientId,
    string? OcapiClientPassword,
    string BmUser,
    string? BmPassword,
    string OcapiVersion,
    bool PullCatalog,
    bool ForceCatalogResync,
    bool PullShippingRequests = true,
    bool PullFulfillments = true,
    bool PullInventory = true,
    bool ForceInventoryResync = false,
    string? OciTenantGroupId = null,
    IReadOnlyList<string>? InventoryLocations = null,
    /// <summary>The version the page read (<see cref="SfccSettingsView.Version"/>); a stale one answers 409.</summary>
    int? Version = null);

/// <summary>One Connect check, in the order they run, with what to do when it fails.</summary>
public sealed record SfccCheckResult(string Name, bool Passed, string Message, string? Fix);
