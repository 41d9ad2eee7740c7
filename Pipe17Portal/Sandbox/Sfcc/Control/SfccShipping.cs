using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

namespace Pipe17Portal.Sandbox.Sfcc.Control;

/// <summary>
/// What a warehouse does to an SFCC order when it ships some or all of it: the shipped units move into a shipment of
/// their own (same shipping method and address) that carries the tracking number and <c>c_carrierCode</c> and is
/// <c>shipped</c>; a product item shipped in part is split in two items. A shipment shipped whole keeps its id. The order's
/// shipping_status follows (part_shipped, shipped). Totals stay as they were: the new shipment's shipping line costs 0.
/// </summary>
public static class SfccShipping
{
    /// <summary>One SKU and how many of its unshipped units go (null: every unshipped unit).</summary>
    public sealed record ShipLine(string ProductId, decimal? Quantity);

    /// <summary>Reads <c>lines</c> as ["SKU"] or [{"product_id":"SKU","quantity":1}]; null when absent (ship everything unshipped).</summary>
    public static List<ShipLine>? ReadLines(JsonElement body, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("lines", out var lines) || lines.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (lines.ValueKind != JsonValueKind.Array)
        {
            error = "lines must be an array, e.g. [\"SKU\"] or [{\"product_id\":\"SKU\",\"quantity\":1}].";
            return null;
        }
        List<ShipLine> result = [];
        foreach (var line in lines.EnumerateArray())
        {
            if (line.ValueKind == JsonValueKind.String && line.GetString() is { Length: > 0 } sku)
            {
                result.Add(new ShipLine(sku, null));
                continue;
            }
            if (line.ValueKind != JsonValueKind.Object || !line.TryGetProperty("product_id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                error = "Each line is a product id or {\"product_id\":\"SKU\",\"quantity\":1}.";
                return null;
            }
            decimal? quantity = null;
            if (line.TryGetProperty("quantity", out var q) && q.ValueKind != JsonValueKind.Null)
            {
                if (q.ValueKind != JsonValueKind.Number || q.GetDecimal() <= 0 || q.GetDecimal() != Math.Floor(q.GetDecimal()))
                {
                    error = $"The quantity of '{id.GetString()}' must be a whole number of at least 1.";
                    return null;
                }
                quantity = q.GetDecimal();
            }
            result.Add(new ShipLine(id.GetString()!, quantity));
        }
        if (result.Count == 0)
        {
            error = "lines is empty; leave it out to ship every unshipped line.";
            return null;
        }
        return result;
    }

    /// <summary>Ships the lines (all unshipped units when null); returns an error message, or null with the shipments created or shipped.</summary>
    public static string? Ship(JsonObject order, IReadOnlyList<ShipLine>? lines, string tracking, string carrier, out List<string> shipped)
    {
        shipped = [];
        var items = SfccBaskets.Items(order).OfType<JsonObject>().ToList();
        var unshipped = items.Where(i => !IsShipped(order, i)).ToList();
        if (unshipped.Count == 0)
        {
            return $"Order {order["order_no"]} has no unshipped lines left.";
        }
        // How many units of each product go, taken from the unshipped items in order.
        var wanted = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in lines ?? [.. unshipped.Select(i => new ShipLine(ProductId(i), null))])
        {
            var open = unshipped.Where(i => ProductId(i) == line.ProductId).Sum(Quantity);
            if (open == 0)
            {
                return $"'{line.ProductId}' is not an unshipped product of order {order["order_no"]}; unshipped: {string.Join(", ", unshipped.Select(ProductId).Distinct())}.";
            }
            var total = (wanted.GetValueOrDefault(line.ProductId)) + (line.Quantity ?? open);
            if (total > open)
            {
                return $"Only {open:0} unit(s) of '{line.ProductId}' are unshipped; {total:0} were asked for.";
            }
            wanted[line.ProductId] = total;
        }

        // Per source shipment: the units leaving it.
        var moves = new List<(JsonObject Item, decimal Units)>();
        foreach (var item in unshipped)
        {
            var left = wanted.GetValueOrDefault(ProductId(item));
            if (left <= 0)
            {
                continue;
            }
            var units = Math.Min(left, Quantity(item));
            wanted[ProductId(item)] = left - units;
            moves.Add((item, units));
        }
        foreach (var group in moves.GroupBy(m => ShipmentId(m.Item)))
        {
            var source = SfccBaskets.Shipment(order, group.Key);
            var whole = items.Where(i => ShipmentId(i) == group.Key).All(i => group.Any(m => m.Item == i && m.Units == Quantity(i)));
            var target = whole ? source : NewShipment(order, source);
            if (!whole)
            {
                foreach (var (item, units) in group)
                {
                    var moving = units == Quantity(item) ? item : SplitItem(order, item, units);
                    moving["shipment_id"] = target["shipment_id"]!.GetValue<string>();
                }
            }
            target["tracking_number"] = tracking;
            target["c_carrierCode"] = carrier;
            target["shipping_status"] = "shipped";
            shipped.Add(target["shipment_id"]!.GetValue<string>());
            Recount(order, source);
            Recount(order, target);
        }
        var shipments = SfccBaskets.Shipments(order).OfType<JsonObject>().ToList();
        order["shipping_status"] = shipments.All(s => s["shipping_status"]?.GetValue<string>() == "shipped") ? "shipped"
            : shipments.Any(s => s["shipping_status"]?.GetValue<string>() == "shipped") ? "part_shipped" : "not_shipped";
        return null;
    }

    public static bool IsShipped(JsonObject order, JsonObject item) =>
        SfccBaskets.Shipment(order, ShipmentId(item))["shipping_status"]?.GetValue<string>() == "shipped";

    /// <summary>A shipment next to <paramref name="source"/>, with its method and address, numbered after the order's last one.</summary>
    private static JsonObject NewShipment(JsonObject order, JsonObject source)
    {
        var shipments = SfccBaskets.Shipments(order);
        var shipment = SfccBaskets.NewShipment(SfccBaskets.NewId()[..12]);
        shipment["shipment_no"] = $"{order["order_no"]}-{shipments.Count + 1}";
        shipment["shipping_method"] = source["shipping_method"]?.DeepClone();
        shipment["shipping_address"] = source["shipping_address"]?.DeepClone();
        shipment["gift"] = source["gift"]?.DeepClone() ?? false;
        shipments.Add(shipment);
        // The new shipment's shipping line: free, since the order's shipping was paid once.
        foreach (var line in SfccBaskets.ShippingItems(order).Where(s => s["shipment_id"]!.GetValue<string>() == shipment["shipment_id"]!.GetValue<string>()))
        {
            foreach (var name in new[] { "base_price", "price", "tax_basis", "price_after_item_discount" })
            {
                line[name] = 0m;
            }
        }
        return shipment;
    }

    /// <summary>Takes <paramref name="units"/> out of the item into a new item of the same product (prices shared pro rata).</summary>
    private static JsonObject SplitItem(JsonObject order, JsonObject item, decimal units)
    {
        var quantity = Quantity(item);
        var part = (JsonObject)item.DeepClone();
        part["item_id"] = SfccBaskets.NewId();
        part["quantity"] = units;
        part.Remove("price_adjustments");
        foreach (var name in new[] { "price", "price_after_item_discount", "price_after_order_discount" })
        {
            if (item[name] is JsonValue value && value.TryGetValue<decimal>(out var amount))
            {
                var share = SfccOcapiJson.Round(amount * units / quantity);
                part[name] = share;
                item[name] = amount - share;
            }
        }
        item["quantity"] = quantity - units;
        SfccBaskets.Items(order).Add(part);
        return part;
    }

    /// <summary>Keeps a shipment's own totals true after items moved in or out.</summary>
    private static void Recount(JsonObject order, JsonObject shipment)
    {
        var id = shipment["shipment_id"]!.GetValue<string>();
        var own = SfccBaskets.Items(order).OfType<JsonObject>().Where(i => ShipmentId(i) == id).ToList();
        var merchandise = own.Sum(i => i["price_after_order_discount"]?.GetValue<decimal>() ?? 0m);
        var cost = shipment["shipping_total"]?.GetValue<decimal>() ?? 0m;
        shipment["product_sub_total"] = own.Sum(i => i["price_after_item_discount"]?.GetValue<decimal>() ?? 0m);
        shipment["product_total"] = merchandise;
        shipment["shipping_total"] = cost;
        shipment["shipment_total"] = merchandise + cost;
    }

    private static string ProductId(JsonObject item) => item["product_id"]!.GetValue<string>();

    private static string ShipmentId(JsonObject item) => item["shipment_id"]!.GetValue<string>();

    private static decimal Quantity(JsonObject item) => item["quantity"]!.GetValue<decimal>();
}
