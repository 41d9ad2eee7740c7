using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>
/// The rules of a basket document (OCAPI snake_case): customer, shipments and their methods, product items checked against
/// the catalog and stock, payment instruments, and the totals, taxed as the site's tax setting says (<see cref="SfccSiteTax"/>;
/// the sandbox starts at rate 0). The only discounts are an agent's manual price adjustments (<see cref="SfccPriceAdjustments"/>).
/// Custom c_ properties of the basket must be defined on the site's Order type (<see cref="SfccOrderAttributes"/>).
/// </summary>
public static class SfccBaskets
{
    public const int MaxItems = 50;
    public const string DefaultShipment = "me";
    private static readonly HashSet<string> BodyProperties =
        ["customer_info", "billing_address", "shipments", "product_items", "payment_instruments", "currency", "_v", "_type", "_resource_state"];

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(13));

    public static void RejectUnknownProperties(JsonObject body, IEnumerable<string> known)
    {
        var allowed = known.ToHashSet();
        if (body.Select(p => p.Key).FirstOrDefault(k => !allowed.Contains(k) && !k.StartsWith("c_", StringComparison.Ordinal)) is { } unknown)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "UnknownPropertyException",
                $"The property '{unknown}' is not allowed in this document.", SfccOcapiException.Argument("property", unknown));
        }
    }

    public static async Task<JsonObject> NewAsync(SfccOcapiCall call, JsonObject body)
    {
        RejectUnknownProperties(body, BodyProperties);
        var doc = new JsonObject
        {
            ["_type"] = "basket",
            ["basket_id"] = NewId(),
            ["currency"] = "USD",
            ["customer_info"] = new JsonObject { ["customer_id"] = "ab" + NewId()[..24], ["email"] = "" },
            ["product_items"] = new JsonArray(),
            ["payment_instruments"] = new JsonArray(),
            ["shipments"] = new JsonArray(NewShipment(DefaultShipment)),
            ["taxation"] = call.Instance.Taxation,
        };
        if (body["customer_info"] is JsonObject customer)
        {
            await SetCustomerAsync(call, doc, customer);
        }
        if (body["billing_address"] is JsonObject billing)
        {
            doc["billing_address"] = Address(billing);
        }
        if (body["shipments"] is JsonArray shipments)
        {
            doc["shipments"] = new JsonArray();
            foreach (var shipment in shipments.OfType<JsonObject>())
            {
                var id = shipment["shipment_id"]?.GetValue<string>() ?? DefaultShipment;
                Shipments(doc).Add(NewShipment(id));
                if (shipment["shipping_address"] is JsonObject address)
                {
                    Shipment(doc, id)["shipping_address"] = Address(address);
                }
                if (shipment["shipping_method"] is JsonObject method)
                {
                    await SetShippingMethodAsync(call, doc, id, method);
                }
            }
            if (Shipments(doc).Count == 0)
            {
                Shipments(doc).Add(NewShipment(DefaultShipment));
            }
        }
        if (body["product_items"] is JsonArray items)
        {
            await AddItemsAsync(call, doc, items);
        }
        if (body["payment_instruments"] is JsonArray payments)
        {
            foreach (var payment in payments.OfType<JsonObject>())
            {
                await AddPaymentAsync(call, doc, payment);
            }
        }
        SfccOrderAttributes.Require(call.Instance, body, "basket");
        foreach (var (key, value) in body.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)).ToList())
        {
            doc[key] = value?.DeepClone();
        }
        if (doc["customer_info"]?["customer_no"]?.GetValue<string>() is { } customerNo)
        {
            var open = await SfccLookups.OpenBaskets(call.Db, call.Account.Id, customerNo, call.Http.RequestAborted);
            var limit = call.Instance.BasketsPerCustomer;
            if (open >= limit)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "CustomerBasketsQuotaExceededException",
                    $"The customer '{customerNo}' already has {open} open baskets; the site allows at most {limit} per customer. Delete a basket or create an order from it first.");
            }
        }
        return doc;
    }

    public static async Task SetCustomerAsync(SfccOcapiCall call, JsonObject doc, JsonObject customer)
    {
        var info = (JsonObject)doc["customer_info"]!;
        if (customer["customer_no"]?.GetValue<string>() is { Length: > 0 } customerNo)
        {
            var found = await SfccLookups.CustomerByNumber(call.Db, call.Account.Id, customerNo, call.Http.RequestAborted)
                ?? throw new SfccOcapiException(StatusCodes.Status400BadRequest, "CustomerNotFoundException",
                    $"No customer with customer number '{customerNo}' was found in the customer list of site '{call.Account.SfccSiteId}'.", SfccOcapiException.Argument("customerNo", customerNo));
            info["customer_no"] = found.CustomerNo;
            info["customer_id"] = found.CustomerId;
            info["customer_name"] = $"{found.FirstName} {found.LastName}";
            info["email"] = found.Email;
        }
        if (customer["email"]?.GetValue<string>() is { Length: > 0 } email)
        {
            info["email"] = email;
        }
    }

    public static async Task AddItemsAsync(SfccOcapiCall call, JsonObject doc, JsonArray items)
    {
        var list = Items(doc);
        foreach (var item in items.OfType<JsonObject>())
        {
            var productId = item["product_id"]?.GetValue<string>() ?? "";
            var quantity = item["quantity"] is JsonValue q && q.TryGetValue<decimal>(out var n) ? n : 1m;
            if (quantity is < 0.01m or > 999m)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException",
                    $"The quantity {quantity} of product '{productId}' is outside 0.01–999.", SfccOcapiException.Argument("property", "quantity"));
            }
            var shipmentId = item["shipment_id"]?.GetValue<string>() ?? Shipments(doc).OfType<JsonObject>().First()["shipment_id"]!.GetValue<string>();
            Shipment(doc, shipmentId);
            var product = await SfccLookups.Product(call.Db, call.Account.Id, productId, call.Http.RequestAborted);
            var stock = await SfccLookups.Stock(call.Db, call.Account.Id, productId, call.Http.RequestAborted);
            var inBasket = list.OfType<JsonObject>().Where(i => i["product_id"]!.GetValue<string>() == productId).Sum(i => i["quantity"]!.GetValue<decimal>());
            if (product is null || product.Type == "master" || !product.Online || stock is null || stock.Ats < inBasket + quantity)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "ProductItemNotAvailableException",
                    product is null ? $"The product '{productId}' is not available: no such product."
                    : product.Type == "master" ? $"The product '{productId}' is not available: it is a master product; order one of its variants."
                    : $"The product '{productId}' is not available for the quantity {inBasket + quantity} (available to sell: {stock?.Ats ?? 0}).",
                    SfccOcapiException.Argument("productId", productId));
            }
            if (list.Count >= MaxItems)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "BasketItemLimitExceededException", $"A basket holds at most {MaxItems} product items.");
            }
            var line = new JsonObject
            {
                ["_type"] = "product_item",
                ["item_id"] = NewId(),
                ["product_id"] = product.Id,
                ["product_name"] = product.Name,
                ["item_text"] = product.Name,
                ["quantity"] = quantity,
                ["base_price"] = product.Price,
                ["price"] = SfccOcapiJson.Round(product.Price * quantity),
                ["price_after_item_discount"] = SfccOcapiJson.Round(product.Price * quantity),
                ["price_after_order_discount"] = SfccOcapiJson.Round(product.Price * quantity),
                ["tax"] = 0m,
                ["shipment_id"] = shipmentId,
            };
            foreach (var (key, value) in item.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)).ToList())
            {
                line[key] = value?.DeepClone();
            }
            list.Add(line);
        }
    }

    public static async Task SetShippingMethodAsync(SfccOcapiCall call, JsonObject doc, string shipmentId, JsonObject body)
    {
        var id = body["id"]?.GetValue<string>() ?? "";
        var method = await SfccLookups.Method(call.Db, call.Account.Id, "shipping", id, call.Http.RequestAborted)
            ?? throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidShippingMethodIdException",
                $"The shipping method '{id}' is unknown or not applicable to shipment '{shipmentId}'.", SfccOcapiException.Argument("shippingMethodId", id));
        Shipment(doc, shipmentId)["shipping_method"] = new JsonObject { ["_type"] = "shipping_method", ["id"] = method.Id, ["name"] = method.Name, ["price"] = method.Cost };
    }

    public static async Task AddPaymentAsync(SfccOcapiCall call, JsonObject doc, JsonObject body)
    {
        var id = body["payment_method_id"]?.GetValue<string>() ?? "";
        var method = await SfccLookups.Method(call.Db, call.Account.Id, "payment", id, call.Http.RequestAborted)
            ?? throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidPaymentMethodIdException",
                $"The payment method '{id}' is unknown or not active for site '{call.Account.SfccSiteId}'.", SfccOcapiException.Argument("paymentMethodId", id));
        Totals(doc, SfccSiteTax.Of(call.Instance));
        var amount = body["amount"] is JsonValue a && a.TryGetValue<decimal>(out var value) ? value : doc["order_total"]!.GetValue<decimal>();
        var payment = new JsonObject
        {
            ["_type"] = "order_payment_instrument",
            ["payment_instrument_id"] = NewId(),
            ["payment_method_id"] = method.Id,
            ["amount"] = amount,
        };
        foreach (var (key, value2) in body.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)).ToList())
        {
            payment[key] = value2?.DeepClone();
        }
        Payments(doc).Add(payment);
    }

    /// <summary>
    /// Recomputes the totals honouring the manual price adjustments: each product item's and shipping item's
    /// price_after_item_discount, the order-level adjustments prorated into price_after_order_discount, product_sub_total
    /// (after item discounts), product_total (after order discounts), shipping_total (after shipping discounts), the taxes
    /// of each line at the site's rate (on the price after discounts) and order_total (plus the tax when the site is net).
    /// Every shipment has one shipping item, as on a real instance.
    /// </summary>
    public static void Totals(JsonObject doc, SfccSiteTax tax)
    {
        var shippingItems = ShippingItems(doc);
        var items = Items(doc).OfType<JsonObject>().ToList();
        foreach (var item in items)
        {
            item["price_after_item_discount"] = Adjust(item, item["price"]!.GetValue<decimal>(), item["quantity"]!.GetValue<decimal>());
        }
        foreach (var shipping in shippingItems)
        {
            var cost = Shipment(doc, shipping["shipment_id"]!.GetValue<string>())["shipping_method"]?["price"]?.GetValue<decimal>() ?? 0m;
            shipping["base_price"] = cost;
            shipping["price"] = cost;
            shipping["tax_basis"] = cost;
            shipping["price_after_item_discount"] = Adjust(shipping, cost, 1m);
        }
        var subTotal = items.Sum(i => i["price_after_item_discount"]!.GetValue<decimal>());
        var productTotal = subTotal;
        if (doc["order_price_adjustments"] is JsonArray orderAdjustments)
        {
            foreach (var adjustment in orderAdjustments.OfType<JsonObject>())
            {
                var discount = adjustment["applied_discount"]!;
                var change = discount["type"]!.GetValue<string>() == SfccPriceAdjustments.Amount
                    ? -Math.Min(productTotal, discount["amount"]!.GetValue<decimal>())
                    : -Math.Min(productTotal, SfccOcapiJson.Round(productTotal * discount["percentage"]!.GetValue<decimal>() / 100m));
                adjustment["price"] = change;
                productTotal += change;
            }
            if (orderAdjustments.Count == 0)
            {
                doc.Remove("order_price_adjustments");
            }
        }
        // The order discount is prorated over the items by their price after item discounts; the last item takes the rounding rest.
        var orderDiscount = productTotal - subTotal;
        var left = orderDiscount;
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            var afterItem = item["price_after_item_discount"]!.GetValue<decimal>();
            var share = index == items.Count - 1 ? left : subTotal == 0 ? 0m : SfccOcapiJson.Round(orderDiscount * afterItem / subTotal);
            left -= share;
            item["price_after_order_discount"] = afterItem + share;
        }
        var shippingTotal = shippingItems.Sum(s => s["price_after_item_discount"]!.GetValue<decimal>());
        foreach (var item in items)
        {
            Tax(item, tax, item["price_after_item_discount"]!.GetValue<decimal>(), item["price_after_order_discount"]!.GetValue<decimal>());
        }
        foreach (var shipping in shippingItems)
        {
            var after = shipping["price_after_item_discount"]!.GetValue<decimal>();
            Tax(shipping, tax, after, after);
        }
        var merchandiseTax = items.Sum(i => i["tax"]!.GetValue<decimal>());
        var adjustedMerchandiseTax = items.Sum(i => i["adjusted_tax"]!.GetValue<decimal>());
        var shippingTax = shippingItems.Sum(s => s["adjusted_tax"]!.GetValue<decimal>());
        var taxTotal = adjustedMerchandiseTax + shippingTax;
        doc["taxation"] = tax.Taxation;
        doc["product_sub_total"] = subTotal;
        doc["product_total"] = productTotal;
        doc["shipping_total"] = shippingTotal;
        doc["shipping_total_tax"] = shippingTax;
        doc["merchandize_total_tax"] = merchandiseTax;
        doc["adjusted_merchandize_total_tax"] = adjustedMerchandiseTax;
        doc["adjusted_shipping_total_tax"] = shippingTax;
        doc["tax_total"] = taxTotal;
        doc["order_total"] = productTotal + shippingTotal + (tax.IsGross ? 0m : taxTotal);
        foreach (var shipment in Shipments(doc).OfType<JsonObject>())
        {
            var id = shipment["shipment_id"]!.GetValue<string>();
            var own = items.Where(i => i["shipment_id"]!.GetValue<string>() == id).ToList();
            var ownShipping = shippingItems.Where(s => s["shipment_id"]!.GetValue<string>() == id).ToList();
            var merchandise = own.Sum(i => i["price_after_order_discount"]!.GetValue<decimal>());
            var cost = ownShipping.Sum(s => s["price_after_item_discount"]!.GetValue<decimal>());
            var shipmentTax = own.Sum(i => i["adjusted_tax"]!.GetValue<decimal>()) + ownShipping.Sum(s => s["adjusted_tax"]!.GetValue<decimal>());
            shipment["merchandize_total_tax"] = own.Sum(i => i["tax"]!.GetValue<decimal>());
            shipment["adjusted_merchandize_total_tax"] = own.Sum(i => i["adjusted_tax"]!.GetValue<decimal>());
            shipment["product_sub_total"] = own.Sum(i => i["price_after_item_discount"]!.GetValue<decimal>());
            shipment["product_total"] = merchandise;
            shipment["shipping_total"] = cost;
            shipment["shipping_total_tax"] = ownShipping.Sum(s => s["adjusted_tax"]!.GetValue<decimal>());
            shipment["tax_total"] = shipmentTax;
            shipment["shipment_total"] = merchandise + cost + (tax.IsGross ? 0m : shipmentTax);
        }
    }

    /// <summary>A line's tax before (tax) and after (adjusted_tax) the order-level discounts, at the site's rate.</summary>
    private static void Tax(JsonObject line, SfccSiteTax tax, decimal afterItemDiscount, decimal afterOrderDiscount)
    {
        line["tax_class_id"] = "standard";
        line["tax_rate"] = tax.Rate;
        line["tax_basis"] = afterOrderDiscount;
        line["tax"] = tax.TaxOf(afterItemDiscount);
        line["adjusted_tax"] = tax.TaxOf(afterOrderDiscount);
    }

    /// <summary>
    /// Applies a line's adjustments to its price (fixed_price first, then amount and percentage in the order they were
    /// added), writes each adjustment's price, and returns the price after item discounts. A discount never takes the
    /// line below zero (a real instance would flag the basket ProductItemAdjustedPriceLessThanZero instead).
    /// </summary>
    private static decimal Adjust(JsonObject line, decimal price, decimal quantity)
    {
        if (line["price_adjustments"] is not JsonArray adjustments)
        {
            return price;
        }
        var running = price;
        foreach (var adjustment in adjustments.OfType<JsonObject>().OrderBy(a => SfccPriceAdjustments.TypeOf(a) == SfccPriceAdjustments.FixedPrice ? 0 : 1))
        {
            var discount = adjustment["applied_discount"]!;
            var change = SfccPriceAdjustments.TypeOf(adjustment) switch
            {
                SfccPriceAdjustments.FixedPrice => Math.Min(0m, SfccOcapiJson.Round(discount["amount"]!.GetValue<decimal>() * quantity) - running),
                SfccPriceAdjustments.Amount => -Math.Min(running, SfccOcapiJson.Round(discount["amount"]!.GetValue<decimal>() * quantity)),
                _ => -Math.Min(running, SfccOcapiJson.Round(running * discount["percentage"]!.GetValue<decimal>() / 100m)),
            };
            adjustment["price"] = change;
            running += change;
        }
        return running;
    }

    /// <summary>The shipping items, one per shipment (created as shipments appear, dropped with them).</summary>
    public static List<JsonObject> ShippingItems(JsonObject doc)
    {
        if (doc["shipping_items"] is not JsonArray list)
        {
            list = [];
            doc["shipping_items"] = list;
        }
        var shipmentIds = Shipments(doc).OfType<JsonObject>().Select(s => s["shipment_id"]!.GetValue<string>()).ToList();
        foreach (var stale in list.OfType<JsonObject>().Where(i => !shipmentIds.Contains(i["shipment_id"]!.GetValue<string>())).ToList())
        {
            list.Remove(stale);
        }
        foreach (var id in shipmentIds.Where(id => list.OfType<JsonObject>().All(i => i["shipment_id"]!.GetValue<string>() != id)))
        {
            list.Add(new JsonObject
            {
                ["_type"] = "shipping_item",
                ["adjusted_tax"] = 0m,
                ["item_id"] = NewId(),
                ["item_text"] = "Shipping",
                ["price_adjustments"] = new JsonArray(),
                ["shipment_id"] = id,
                ["tax"] = 0m,
                ["tax_class_id"] = "standard",
                ["tax_rate"] = 0m,
            });
        }
        return [.. list.OfType<JsonObject>()];
    }

    public static JsonArray Items(JsonObject doc) => (JsonArray)doc["product_items"]!;
    public static JsonArray Payments(JsonObject doc) => (JsonArray)doc["payment_instruments"]!;
    public static JsonArray Shipments(JsonObject doc) => (JsonArray)doc["shipments"]!;

    public static JsonObject Shipment(JsonObject doc, string shipmentId) =>
        Shipments(doc).OfType<JsonObject>().FirstOrDefault(s => s["shipment_id"]?.GetValue<string>() == shipmentId)
        ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "ShipmentNotFoundException",
            $"No shipment with ID '{shipmentId}' was found in the basket.", SfccOcapiException.Argument("shipmentId", shipmentId));

    public static JsonObject NewShipment(string id) => new()
    {
        ["_type"] = "shipment",
        ["shipment_id"] = id,
        ["shipment_no"] = "",
    };

    public static JsonObject Address(JsonObject address)
    {
        var copy = new JsonObject { ["_type"] = "order_address" };
        foreach (var (key, value) in address)
        {
            copy[key] = value?.DeepClone();
        }
        copy["full_name"] = $"{address["first_name"]?.GetValue<string>()} {address["last_name"]?.GetValue<string>()}".Trim();
        return copy;
    }

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    public static string ResourceState(string json) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)))[..40];

    /// <summary>The document as the API returns it: with _v and a fresh _resource_state.</summary>
    public static JsonObject View(JsonObject doc, string version)
    {
        var view = new JsonObject { ["_v"] = version };
        foreach (var (key, value) in doc)
        {
            view[key] = value?.DeepClone();
        }
        view["_resource_state"] = ResourceState(doc.ToJsonString());
        return view;
    }

    public static async Task<(SfccDocument Row, JsonObject Doc)> LoadAsync(SfccOcapiCall call, string basketId)
    {
        var row = await SfccLookups.Document(call.Db, call.Account.Id, "basket", basketId, call.Http.RequestAborted)
            ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "BasketNotFoundException",
                $"No basket with ID '{basketId}' could be found.", SfccOcapiException.Argument("basketId", basketId));
        return (row, Parse(row.Json));
    }

    public static void Store(SfccDocument row, JsonObject doc, DateTimeOffset now, SfccSiteTax tax)
    {
        Totals(doc, tax);
        doc["last_modified"] = SfccOcapiJson.Date(now);
        row.CustomerNo = doc["customer_info"]?["customer_no"]?.GetValue<string>();
        row.LastModified = now;
        row.Json = doc.ToJsonString();
    }

    public static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
