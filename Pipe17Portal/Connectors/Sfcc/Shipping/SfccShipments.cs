using System.Text.Json;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Domain.Shipping;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>One shipment of an SFCC order as the pulls read it: its lines (per SKU), method, status, tracking and carrier.</summary>
public sealed record SfccShipmentFacts(
    string ShipmentId,
    string? ShipmentNo,
    string? ShippingMethodId,
    string ShippingStatus,
    string? TrackingNumber,
    string? Carrier,
    IReadOnlyList<ShipmentLine> Lines)
{
    public bool IsShipped => ShippingStatus == "shipped";
}

/// <summary>Reads the shipments out of an SCAPI order (pure). SFCC names the carrier only in a custom attribute, <c>c_carrierCode</c>.</summary>
public static class SfccShipments
{
    public const string CarrierAttribute = "c_carrierCode";

    /// <param name="skuOf">The portal SKU of an SFCC product id (the order line it was pushed from), or null to keep the product id.</param>
    public static IReadOnlyList<SfccShipmentFacts> Read(ScapiOrder order, Func<string, string?>? skuOf = null) =>
        [.. (order.Shipments ?? []).Where(s => s.ShipmentId is not null).Select(s => new SfccShipmentFacts(
            s.ShipmentId!,
            s.ShipmentNo,
            s.ShippingMethod?.Id,
            s.ShippingStatus ?? "not_shipped",
            string.IsNullOrWhiteSpace(s.TrackingNumber) ? null : s.TrackingNumber.Trim(),
            Carrier(s),
            [.. (order.ProductItems ?? []).Where(i => i.ShipmentId == s.ShipmentId && i.ProductId is not null)
                .GroupBy(i => i.ProductId!, StringComparer.Ordinal)
                .Select(g => new ShipmentLine
                {
                    Sku = skuOf?.Invoke(g.Key) ?? g.Key,
                    Quantity = (int)Math.Round(g.Sum(i => i.Quantity ?? 0m)),
                    SfccItemId = g.Count() == 1 ? g.Single().ItemId : string.Join(',', g.Select(i => i.ItemId)),
                })])),];

    private static string? Carrier(ScapiShipment shipment) =>
        shipment.Extra?.TryGetValue(CarrierAttribute, out var value) == true && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } carrier
            ? carrier.Trim()
            : null;
}
