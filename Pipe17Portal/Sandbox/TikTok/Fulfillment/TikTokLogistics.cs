using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>
/// Every shop's warehouses, delivery options and shipping providers. They never change, so they are derived from the
/// shop id (stable 19-digit ids) instead of being stored.
/// </summary>
public static class TikTokLogistics
{
    public const string StandardShipping = "Standard shipping";
    public const string ExpressShipping = "Express shipping";
    public const string SellerShipping = "Seller shipping";

    public static readonly IReadOnlyList<TikTokShippingProvider> ShippingProviders =
    [
        new("7117858858072016686", "USPS"),
        new("7117859084333745966", "UPS"),
        new("7129736293356036142", "FedEx"),
    ];

    public static IReadOnlyList<TikTokWarehouse> Warehouses(SandboxAccount account) =>
    [
        new(TikTokIds.Derived(account.TikTokShopId, "warehouse/main"), "Main warehouse", IsDefault: true,
            new TikTokWarehouseAddress("Columbus", "Dana Reyes", "Franklin", "4100 Logistics Pkwy, Columbus, OH 43228", "(+1)614-***-0140", "43228", "United States", "US", "Ohio", "Columbus")),
        new(TikTokIds.Derived(account.TikTokShopId, "warehouse/overflow"), "Overflow warehouse", IsDefault: false,
            new TikTokWarehouseAddress("Reno", "Sam Ortiz", "Washoe", "250 Distribution Dr, Reno, NV 89502", "(+1)775-***-0199", "89502", "United States", "US", "Nevada", "Reno")),
    ];

    public static TikTokWarehouse DefaultWarehouse(SandboxAccount account) => Warehouses(account)[0];

    public static IReadOnlyList<TikTokDeliveryOption> DeliveryOptions(SandboxAccount account) =>
    [
        new(TikTokIds.Derived(account.TikTokShopId, "delivery/standard"), StandardShipping, "STANDARD", "Delivered in 3-7 business days", "TIKTOK"),
        new(TikTokIds.Derived(account.TikTokShopId, "delivery/express"), ExpressShipping, "EXPRESS", "Delivered in 1-3 business days", "TIKTOK"),
        new(TikTokIds.Derived(account.TikTokShopId, "delivery/seller"), SellerShipping, "SEND_BY_SELLER", "Shipped by the seller with its own carrier", "SELLER"),
    ];

    public static TikTokShippingProvider? Provider(string? id) => ShippingProviders.FirstOrDefault(p => p.Id == id);
}

public sealed record TikTokWarehouse(string Id, string Name, bool IsDefault, TikTokWarehouseAddress Address)
{
    public string Type => "SALES_WAREHOUSE";
    public string EffectStatus => "ENABLED";
    public string SubType => "DOMESTIC_WAREHOUSE";
}

public sealed record TikTokWarehouseAddress(
    string City, string ContactPerson, string Distict, string FullAddress, string PhoneNumber, string PostalCode,
    string Region, string RegionCode, string State, string Town);

/// <summary>ShippingType is the order's `shipping_type` for orders using this option (not part of the option's JSON).</summary>
public sealed record TikTokDeliveryOption(string Id, string Name, string Type, string Description, [property: System.Text.Json.Serialization.JsonIgnore] string ShippingType);

public sealed record TikTokShippingProvider(string Id, string Name);
