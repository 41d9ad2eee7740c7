using System.Text.Json;
using System.Text.Json.Serialization;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc;

/// <summary>A Salesforce connection's non-secret settings (the connection's SettingsJson); the four passwords are secrets.</summary>
public sealed record SfccConnectionSettings
{
    public string ShortCode { get; init; } = "";
    public string OrganizationId { get; init; } = "";
    public string SiteId { get; init; } = "";
    public string OcapiUrl { get; init; } = "";
    public string B2cClientId { get; init; } = "";
    public string ShopClientId { get; init; } = "";
    public string OcapiClientId { get; init; } = "";
    public string BmUser { get; init; } = "";
    public string OcapiVersion { get; init; } = "23_2";
    public bool PullCatalog { get; init; } = true;
    /// <summary>One shot: the next catalog pull reads everything, then this switches itself off.</summary>
    public bool ForceCatalogResync { get; init; }

    // Back from Salesforce (setup guide Step 8; DESIGN §5.4, §5.5, §5.7).
    /// <summary>SFCC orders ready for the warehouse become shipping requests on the portal order.</summary>
    public bool PullShippingRequests { get; init; } = true;
    /// <summary>Shipped SFCC shipments become fulfillments (and go on to the order's channel when it pushes them).</summary>
    public bool PullFulfillments { get; init; } = true;
    /// <summary>Omnichannel Inventory availability is read into inventory levels (and pushed to channels that want it).</summary>
    public bool PullInventory { get; init; } = true;
    /// <summary>One shot: the next inventory pull reads every SKU again, then this switches itself off.</summary>
    public bool ForceInventoryResync { get; init; }
    /// <summary>Omnichannel Inventory's tenant group (the id in OCI paths); empty means the organization id.</summary>
    public string OciTenantGroupId { get; init; } = "";
    /// <summary>The OCI locations whose stock is read, one inventory level per SKU and location.</summary>
    public IReadOnlyList<string> InventoryLocations { get; init; } = [];

    [JsonIgnore]
    public string TenantGroupId => string.IsNullOrWhiteSpace(OciTenantGroupId) ? OrganizationId : OciTenantGroupId;

    // Orders to Salesforce (setup guide Steps 4, 6–8).
    public bool PushOrders { get; init; }
    public IReadOnlyList<OrderStatus> StatusesToPush { get; init; } = DefaultStatusesToPush;
    /// <summary>Empty means orders from every channel.</summary>
    public IReadOnlyList<Guid> SourceConnectionIds { get; init; } = [];
    public bool MarkSentToFulfillment { get; init; }
    public CustomerMatchingStrategy CustomerStrategy { get; init; } = CustomerMatchingStrategy.GenericForAll;
    public string GenericCustomerNo { get; init; } = "";
    /// <summary>The merchant's overrides of the default mapping; targets not listed keep their default.</summary>
    public IReadOnlyList<FieldMapping> Mapping { get; init; } = [];
    // The methods last read from the instance are not settings: they live in SfccLearnedFacts.

    public static IReadOnlyList<OrderStatus> DefaultStatusesToPush { get; } = [OrderStatus.ReadyForFulfillment, OrderStatus.Canceled];

    public Guid? SandboxAccountId { get; init; }
    public string? SandboxBaseUrl { get; init; }
    public IReadOnlyList<SfccCheckResult> LastChecks { get; init; } = [];

    public bool IsSandbox => SandboxAccountId is not null;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SfccConnectionSettings Read(string json) =>
        JsonSerializer.Deserialize<SfccConnectionSettings>(string.IsNullOrWhiteSpace(json) ? "{}" : json, Json) ?? new();

    public string Write() => JsonSerializer.Serialize(this, Json);
}

public static class SfccSecrets
{
    public const string B2cClientPassword = "sfcc.b2c_client_password";
    public const string ShopClientPassword = "sfcc.shop_client_password";
    public const string OcapiClientPassword = "sfcc.ocapi_client_password";
    public const string BmPassword = "sfcc.bm_password";
}
