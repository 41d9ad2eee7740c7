namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Which TikTok shipping provider a fulfillment ships with (pure): the carrier mapping row whose SFCC carrier equals the
/// fulfillment's carrier, else its shipping method id — exactly, case ignored, surrounding spaces ignored.
/// </summary>
public static class CarrierMatch
{
    public static TikTokCarrierMapping? Find(IReadOnlyList<TikTokCarrierMapping> mappings, string? carrier, string? shippingMethodId) =>
        By(mappings, carrier) ?? By(mappings, shippingMethodId);

    private static TikTokCarrierMapping? By(IReadOnlyList<TikTokCarrierMapping> mappings, string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : mappings.FirstOrDefault(m => string.Equals(m.SfccCarrier.Trim(), key.Trim(), StringComparison.OrdinalIgnoreCase));
}
