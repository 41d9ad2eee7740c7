using System.Text.Json.Nodes;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>
/// OCAPI Shop manual price adjustments (`POST /baskets/{id}/price_adjustments`, `DELETE …/price_adjustments/{id}`), which
/// only an agent (Business Manager user grant) may make. The request is the PriceAdjustmentRequest document:
/// {level: product|shipping|order, item_id, discount: {type: fixed_price|amount|percentage, value}, promotion_id?,
/// reason_code?, item_text?, c_*}. Adjustments live where the real documents keep them: product_items[].price_adjustments,
/// shipping_items[].price_adjustments, order_price_adjustments; <see cref="SfccBaskets.Totals"/> prices them.
/// The documentation names no fault types for these refusals; the emulator's are listed on each throw.
/// </summary>
public static class SfccPriceAdjustments
{
    public const string FixedPrice = "fixed_price";
    public const string Amount = "amount";
    public const string Percentage = "percentage";
    public const int MaxPerBasket = 100;

    private static readonly string[] Levels = ["product", "shipping", "order"];
    private static readonly string[] Types = [Percentage, FixedPrice, Amount];
    private static readonly string[] RequestProperties = ["level", "item_id", "discount", "promotion_id", "reason_code", "item_text", "_v", "_type", "_resource_state"];

    public static string TypeOf(JsonObject adjustment) => adjustment["applied_discount"]?["type"]?.GetValue<string>() ?? "";

    /// <summary>Price adjustments are an agent's tool: a token without a Business Manager user is refused, as OCAPI refuses user-only resources.</summary>
    public static void RequireAgent(SfccOcapiCall call)
    {
        if (call.User is null)
        {
            throw new SfccOcapiException(StatusCodes.Status403Forbidden, "AccessWithoutUserForbiddenException",
                "Manual price adjustments can only be made by an agent: use an OCAPI token of the Business Manager user grant, not a client or shopper token.");
        }
    }

    /// <summary>Validates the request and adds the adjustment to the product item, shipping item or order level of the basket.</summary>
    public static JsonObject Add(SfccOcapiCall call, JsonObject doc, JsonObject body)
    {
        SfccBaskets.RejectUnknownProperties(body, RequestProperties);
        var level = Text(body, "level") ?? throw Missing("level");
        if (!Levels.Contains(level))
        {
            throw Constraint("level", $"level must be one of {string.Join(", ", Levels)}; '{level}' is not one.");
        }
        var discount = body["discount"] as JsonObject ?? throw Missing("discount");
        if (discount.Select(p => p.Key).FirstOrDefault(k => k is not ("type" or "value")) is { } unknown)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "UnknownPropertyException",
                $"The property 'discount.{unknown}' is not allowed: a discount has only 'type' and 'value'.", SfccOcapiException.Argument("property", $"discount.{unknown}"));
        }
        var type = Text(discount, "type") ?? throw Missing("discount.type");
        if (!Types.Contains(type))
        {
            throw Constraint("discount.type", $"discount.type must be one of {string.Join(", ", Types)}; '{type}' is not one.");
        }
        if (discount["value"] is not JsonValue v || !v.TryGetValue<decimal>(out var value))
        {
            throw discount["value"] is null ? Missing("discount.value") : Constraint("discount.value", "discount.value must be a number.");
        }
        if (value < 0 || (type == Percentage && value > 100))
        {
            throw Constraint("discount.value", type == Percentage ? "A percentage discount is from 0 to 100." : "discount.value must be positive: it is the amount off, or the resulting price.");
        }
        if (level == "order" && type == FixedPrice)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidPriceAdjustmentException",
                "A fixed_price discount cannot be added at level 'order'; use amount or percentage there, or fix the price of a product or shipping item.",
                SfccOcapiException.Argument("level", level));
        }

        JsonArray list;
        if (level == "order")
        {
            list = ListOf(doc, "order_price_adjustments");
        }
        else
        {
            var itemId = Text(body, "item_id") ?? throw Missing("item_id");
            JsonObject line;
            if (level == "product")
            {
                line = SfccBaskets.Items(doc).OfType<JsonObject>().FirstOrDefault(i => i["item_id"]?.GetValue<string>() == itemId)
                    ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "ProductItemNotFoundException",
                        $"No product item with ID '{itemId}' was found in the basket.", SfccOcapiException.Argument("itemId", itemId));
            }
            else
            {
                // The shipping item's id, as the real API asks; the shipment's id is accepted too.
                line = SfccBaskets.ShippingItems(doc).FirstOrDefault(i => i["item_id"]?.GetValue<string>() == itemId)
                    ?? SfccBaskets.ShippingItems(doc).FirstOrDefault(i => i["shipment_id"]?.GetValue<string>() == itemId)
                    ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "ShippingItemNotFoundException",
                        $"No shipping item with ID '{itemId}' was found in the basket.", SfccOcapiException.Argument("itemId", itemId));
            }
            list = ListOf(line, "price_adjustments");
        }
        if (type == FixedPrice && list.OfType<JsonObject>().Any(a => TypeOf(a) == FixedPrice))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidPriceAdjustmentException",
                "The item already has a fixed_price adjustment; only one is allowed per item. Remove it first.");
        }
        var all = All(doc).ToList();
        if (all.Count >= MaxPerBasket)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidPriceAdjustmentException", $"A basket holds at most {MaxPerBasket} price adjustments.");
        }
        var promotionId = Text(body, "promotion_id");
        if (promotionId is not null && all.Any(a => a["promotion_id"]?.GetValue<string>() == promotionId))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidPriceAdjustmentException",
                $"The promotion ID '{promotionId}' is already used by a price adjustment in the basket.", SfccOcapiException.Argument("promotionId", promotionId));
        }
        // Without a promotion id the instance assigns dw.manual1, dw.manual2, …
        promotionId ??= Enumerable.Range(1, MaxPerBasket + 1).Select(n => $"dw.manual{n}").First(id => all.All(a => a["promotion_id"]?.GetValue<string>() != id));

        var adjustment = new JsonObject
        {
            ["_type"] = "price_adjustment",
            ["applied_discount"] = type == Percentage
                ? new JsonObject { ["_type"] = "discount", ["percentage"] = value, ["type"] = type }
                : new JsonObject { ["_type"] = "discount", ["amount"] = value, ["type"] = type },
            ["created_by"] = call.User,
            ["creation_date"] = SfccOcapiJson.Date(call.Now),
            ["custom"] = true,
            ["last_modified"] = SfccOcapiJson.Date(call.Now),
            ["manual"] = true,
            ["price"] = 0m,
            ["price_adjustment_id"] = SfccBaskets.NewId(),
            ["promotion_id"] = promotionId,
        };
        if (Text(body, "item_text") is { } itemText)
        {
            adjustment["item_text"] = itemText;
        }
        if (Text(body, "reason_code") is { } reason)
        {
            adjustment["reason_code"] = reason;
        }
        foreach (var (key, node) in body.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)).ToList())
        {
            adjustment[key] = node?.DeepClone();
        }
        list.Add(adjustment);
        return adjustment;
    }

    public static void Remove(JsonObject doc, string priceAdjustmentId)
    {
        foreach (var (owner, key) in Lists(doc))
        {
            if (owner[key] is JsonArray list && list.OfType<JsonObject>().FirstOrDefault(a => a["price_adjustment_id"]?.GetValue<string>() == priceAdjustmentId) is { } found)
            {
                list.Remove(found);
                if (list.Count == 0 && owner["_type"]?.GetValue<string>() != "shipping_item")
                {
                    owner.Remove(key);
                }
                return;
            }
        }
        throw new SfccOcapiException(StatusCodes.Status404NotFound, "PriceAdjustmentNotFoundException",
            $"No price adjustment with ID '{priceAdjustmentId}' could be found.", SfccOcapiException.Argument("priceAdjustmentId", priceAdjustmentId));
    }

    /// <summary>Every adjustment of the document: product items', shipping items' and order level.</summary>
    public static IEnumerable<JsonObject> All(JsonObject doc) =>
        Lists(doc).SelectMany(l => (l.Owner[l.Key] as JsonArray)?.OfType<JsonObject>() ?? []);

    private static IEnumerable<(JsonObject Owner, string Key)> Lists(JsonObject doc) =>
        [
            .. SfccBaskets.Items(doc).OfType<JsonObject>().Select(i => (i, "price_adjustments")),
            .. (doc["shipping_items"] as JsonArray ?? []).OfType<JsonObject>().Select(i => (i, "price_adjustments")),
            (doc, "order_price_adjustments"),
        ];

    private static JsonArray ListOf(JsonObject owner, string key)
    {
        if (owner[key] is not JsonArray list)
        {
            list = [];
            owner[key] = list;
        }
        return list;
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static SfccOcapiException Missing(string property) => new(StatusCodes.Status400BadRequest, "MissingPropertyException",
        $"The property '{property}' is required.", SfccOcapiException.Argument("property", property));

    private static SfccOcapiException Constraint(string property, string message) => new(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException",
        message, SfccOcapiException.Argument("property", property));
}
