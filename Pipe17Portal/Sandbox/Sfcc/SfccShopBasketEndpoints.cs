using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Pipe17Portal.Sandbox.Sfcc;

/// <summary>OCAPI Shop API v23_2 baskets: create, read, delete, customer, addresses, items, shipping method, payment instruments, applicable methods.</summary>
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
        new("GET", "/baskets/{basket_id}/shipments/{shipment_id}/shipping_methods", ShippingMethodsAsync),
        new("GET", "/baskets/{basket_id}/payment_methods", PaymentMethodsAsync),
    ];

    private static async Task<IResult> CreateAsync(SfccOcapiCall call)
    {
        var doc = await SfccBaskets.NewAsync(call, call.Body as JsonObject ?? []);
        doc["creation_date"] = SfccOcapiJson.Date(call.Now);
        var row = new SfccDocument { AccountId = call.Account.Id, Kind = "basket", Id = doc["basket_id"]!.GetValue<string>(), CreationDate = call.Now, Json = "" };
        SfccBaskets.Store(row, doc, call.Now);
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
            SfccBaskets.Store(row, doc, call.Now);
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
