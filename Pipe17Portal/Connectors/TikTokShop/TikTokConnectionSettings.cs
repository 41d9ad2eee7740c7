using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.TikTokShop;

/// <summary>A TikTok Shop connection's settings (stored as the connection's SettingsJson; the app secret and tokens are secrets).</summary>
public sealed record TikTokConnectionSettings
{
    public string AppKey { get; init; } = "";
    public string ServiceId { get; init; } = "";
    /// <summary>The shop's region as the merchant chose it (US, GB, …); the authorized shop's own region is kept apart.</summary>
    public string Region { get; init; } = "US";
    public bool PullOrders { get; init; } = true;
    public bool PushFulfillments { get; init; } = true;
    public bool PushInventory { get; init; } = true;
    /// <summary>Minutes a paid order waits before it is ready for fulfillment (buyers can edit or cancel for about an hour).</summary>
    public int OrderHoldMinutes { get; init; } = 60;
    /// <summary>SFCC carrier (or shipping method) → TikTok shipping provider, for pushing tracking numbers.</summary>
    public IReadOnlyList<TikTokCarrierMapping> CarrierMappings { get; init; } = [];
    /// <summary>Which SFCC locations count, what is held back, and from which level a SKU shows sold out.</summary>
    public TikTokInventoryRules InventoryRules { get; init; } = new();

    /// <summary>Set by "Use sandbox": calls go to the portal's own emulator for this account.</summary>
    public Guid? SandboxAccountId { get; init; }

    // Filled in by Connect.
    public string? ShopId { get; init; }
    public string? ShopCipher { get; init; }
    public string? ShopName { get; init; }
    public string? ShopRegion { get; init; }
    public string? WebhookAddress { get; init; }
    /// <summary>The sandbox's base address at the time "Use sandbox" was chosen (the portal itself).</summary>
    public string? SandboxBaseUrl { get; init; }
    /// <summary>Shops of an authorization that covered several, until the merchant picks one.</summary>
    public IReadOnlyList<TikTokPendingShop>? PendingShops { get; init; }

    public bool IsSandbox => SandboxAccountId is not null;
    public bool IsAuthorized => ShopCipher is not null;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static TikTokConnectionSettings Read(string json) =>
        JsonSerializer.Deserialize<TikTokConnectionSettings>(string.IsNullOrWhiteSpace(json) ? "{}" : json, Json) ?? new();

    public string Write() => JsonSerializer.Serialize(this, Json);
}

/// <summary>
/// One carrier mapping row: fulfillments whose SFCC carrier (or, when SFCC names no carrier, shipping method) equals
/// <paramref name="SfccCarrier"/> (exactly, case ignored) ship on TikTok with the provider <paramref name="ProviderId"/>.
/// </summary>
public sealed record TikTokCarrierMapping(string SfccCarrier, string ProviderId, string ProviderName);

/// <summary>The stored form of <see cref="Domain.Inventory.InventoryRules"/> (empty locations: every location counts).</summary>
public sealed record TikTokInventoryRules
{
    public IReadOnlyList<string> CountedLocations { get; init; } = [];
    public int BufferUnits { get; init; }
    public decimal BufferPercent { get; init; }
    public int OutOfStockThreshold { get; init; }

    public Domain.Inventory.InventoryRules ToRules() => new(CountedLocations, BufferUnits, BufferPercent, OutOfStockThreshold);
}

/// <summary>A shop offered by a multi-shop authorization, kept until the merchant picks one (the cipher is an identifier, not a secret).</summary>
public sealed record TikTokPendingShop(string Id, string Name, string Region, string SellerType, string Cipher);
