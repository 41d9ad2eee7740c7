using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>
/// OCAPI Shop API v23_2 baskets: create, read, delete, customer, addresses, items, shipping method, payment instruments,
/// manual price adjustments (agents only), applicable methods, and a customer's open baskets.
/// </summary>
public static class SfccShopBasketEndpoints
{
    public static readonly IReadOnlyList<SfccOcapiRoute> Routes =
    [
        new("POST", "/baskets", CreateAsync),
        new("GET", "/baskets/{basket_id}", c => Read(c, b => Task.CompletedTask, save: false)),
        new("DELETE", "/baskets/{basket_id}", DeleteAsync),
        new("PUT", "/baskets/{basket_id}/customer", c => Read(c, b => SfccBaskets.SetCustomerAsync(c, b, c.BodyObject()))),
        new("PUT", "/baskets/{basket_id}/billing_address", c => Read(c, b => { b["billing_address"] = SfccBaskets.Address(c.BodyObject()); return Task.CompletedTask; })),
        new("POST", "/baskets/{basket_id}/items", c => Read(c, b => SfccBaskets.AddItemsAsync(c, b, c.Body as JsonArray
            ?? throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MalformedDocumentException", "The body must be an array of product items.")))),
        new("PUT", "/baskets/{basket_id}/shipments/{shipment_id}/shipping_method", c => Read(c, b => SfccBaskets.SetShippingMethodAsync(c, b, c["shipment_id"], c.BodyObject()))),
        new("PUT", "/baskets/{basket_id}/shipments/{shipment_id}/shipping_address", c => Read(c, b => { SfccBaskets.Shipment(b, c["shipment_id"])["shipping_address"] = SfccBaskets.Address(c.BodyObject()); return Task.CompletedTask; })),
        new("POST", "/baskets/{basket_id}/payment_instruments", c => Read(c, b => SfccBaskets.AddPaymentAsync(c, b, c.BodyObject()))),
        new("POST", "/baskets/{basket_id}/price_adjustments", c =>
        {
            SfccPriceAdjustments.RequireAgent(c);
            return Read(c, b => { SfccPriceAdjustments.Add(c, b, c.BodyObject()); return Task.CompletedTask; });
        }),
        new("DELETE", "/baskets/{basket_id}/price_adjustments/{price_adjustment_id}", c =>
        {
            SfccPriceAdjustments.RequireAgent(c);
            return Read(c, b => { SfccPriceAdjustments.Remove(b, c["price_adjustment_id"]); return Task.CompletedTask; });
        }),
        new("GET", "/customers/{customer_id}/baskets", CustomerBasketsAsync),
        new("GET", "/baskets/{basket_id}/shipments/{shipment_id}/shipping_methods", ShippingMethodsAsync),
        new("GET", "/baskets/{basket_id}/payment_methods", PaymentMethodsAsync),
    ];

    private static async Task<IResult> CreateAsync(SfccOcapiCall call)
    {
        var doc = await SfccBaskets.NewAsync(call, call.Body as JsonObject ?? []);
        doc["creation_date"] = SfccOcapiJson.Date(call.Now);
        var row = new SfccDocument { AccountId = call.Account.Id, Kind = "basket", Id = doc["basket_id"]!.GetValue<string>(), CreationDate = call.Now, Json = "" };
        SfccBaskets.Store(row, doc, call.Now, SfccSiteTax.Of(call.Instance));
        call.Db.SfccDocuments.Add(row);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        return SfccOcapiJson.Result(SfccBaskets.View(doc, call.Version));
    }

    private static async Task<IResult> Read(SfccOcapiCall call, Func<JsonObject, Task> change, bool save = true)
    {
        var (row, doc) = await SfccBaskets.LoadAsync(call, call["basket_id"]);
        await change(doc);
        if (save)
        {
            SfccBaskets.Store(row, doc, call.Now, SfccSiteTax.Of(call.Instance));
            await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        }
        return SfccOcapiJson.Result(SfccBaskets.View(doc, call.Version));
    }

    private static async Task<IResult> DeleteAsync(SfccOcapiCall call)
    {
        var (row, _) = await SfccBaskets.LoadAsync(call, call["basket_id"]);
        call.Db.SfccDocuments.Remove(row);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// GET /customers/{customer_id}/baskets: the customer's open baskets (BasketsResult), oldest first, so an agent can find
    /// baskets it created but never heard back about, and delete or finish them.
    /// </summary>
    private static async Task<IResult> CustomerBasketsAsync(SfccOcapiCall call)
    {
        var customerId = call["customer_id"];
        var customer = await call.Db.SfccCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == call.Account.Id && c.CustomerId == customerId, call.Http.RequestAborted)
            ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "CustomerNotFoundException",
                $"No customer with ID '{customerId}' was found.", SfccOcapiException.Argument("customerId", customerId));
        var rows = await call.Db.SfccDocuments.AsNoTracking()
            .Where(d => d.AccountId == call.Account.Id && d.Kind == "basket" && d.CustomerNo == customer.CustomerNo)
            .OrderBy(d => d.CreationDate).ThenBy(d => d.Id).Select(d => d.Json).ToListAsync(call.Http.RequestAborted);
        return SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "baskets_result",
            ["baskets"] = new JsonArray([.. rows.Select(json => (JsonNode)SfccBaskets.View(SfccBaskets.Parse(json), call.Version))]),
            ["total"] = rows.Count,
        });
    }

    private static async Task<IResult> ShippingMethodsAsync(SfccOcapiCall call)
    {
        var (_, doc) = await SfccBaskets.LoadAsync(call, call["basket_id"]);
        SfccBaskets.Shipment(doc, call["shipment_id"]);
        var methods = await call.Db.SfccMethods.AsNoTracking().Where(m => m.AccountId == call.Account.Id && m.Kind == "shipping").OrderBy(m => m.Id).ToListAsync(call.Http.RequestAborted);
        return SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "shipping_method_result",
            ["applicable_shipping_methods"] = new JsonArray([.. methods.Select(m => (JsonNode)new JsonObject
            {
                ["_type"] = "shipping_method", ["id"] = m.Id, ["name"] = m.Name, ["price"] = m.Cost,
            })]),
            ["default_shipping_method_id"] = methods.FirstOrDefault()?.Id,
        });
    }

    private static async Task<IResult> PaymentMethodsAsync(SfccOcapiCall call)
    {
        await SfccBaskets.LoadAsync(call, call["basket_id"]);
        var methods = await call.Db.SfccMethods.AsNoTracking().Where(m => m.AccountId == call.Account.Id && m.Kind == "payment").OrderBy(m => m.Id).ToListAsync(call.Http.RequestAborted);
        return SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "payment_method_result",
            ["applicable_payment_methods"] = new JsonArray([.. methods.Select(m => (JsonNode)new JsonObject
            {
                ["_type"] = "payment_method", ["id"] = m.Id, ["name"] = m.Name,
            })]),
        });
    }
}
