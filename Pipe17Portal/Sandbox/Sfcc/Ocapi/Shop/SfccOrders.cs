using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>Orders from baskets, status changes and the stock they hold.</summary>
public static class SfccOrders
{
    public static async Task<SfccDocument?> FindAsync(SandboxDbContext db, Guid accountId, string orderNo, CancellationToken ct) =>
        await SfccLookups.Document(db, accountId, "order", orderNo, ct);

    public static async Task<SfccDocument> LoadAsync(SfccOcapiCall call, string orderNo) =>
        await FindAsync(call.Db, call.Account.Id, orderNo, call.Http.RequestAborted)
        ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "OrderNotFoundException",
            $"No order with number '{orderNo}' could be found.", SfccOcapiException.Argument("orderNo", orderNo));

    /// <summary>
    /// Turns the basket into an order (status created) and, as the default afterPostPaymentInstrument hook does, places it
    /// (status new, stock taken) when its payment instruments cover the total. The basket is gone afterwards.
    /// </summary>
    public static async Task<JsonObject> CreateAsync(SfccOcapiCall call, string? basketId, string? orderNo)
    {
        if (string.IsNullOrEmpty(basketId))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MissingPropertyException", "The property 'basket_id' is required.", SfccOcapiException.Argument("property", "basket_id"));
        }
        var (basketRow, doc) = await SfccBaskets.LoadAsync(call, basketId);
        if (orderNo is not null && (orderNo.Length is 0 or > 50 || await FindAsync(call.Db, call.Account.Id, orderNo, call.Http.RequestAborted) is not null))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "OrderNoAlreadyInUseException",
                orderNo.Length is 0 or > 50 ? "An order number has 1 to 50 characters." : $"The order number '{orderNo}' is already in use.", SfccOcapiException.Argument("orderNo", orderNo));
        }
        if (SfccBaskets.Items(doc).Count == 0)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "EmptyBasketException", $"The basket '{basketId}' has no product items.");
        }
        if (doc["billing_address"] is null)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MissingBillingAddressException", $"The basket '{basketId}' has no billing address.");
        }
        if (SfccBaskets.Shipments(doc).OfType<JsonObject>().FirstOrDefault(s => s["shipping_method"] is null) is { } unshipped)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidShippingMethodIdException",
                $"The shipment '{unshipped["shipment_id"]}' has no shipping method.", SfccOcapiException.Argument("shipmentId", unshipped["shipment_id"]!.GetValue<string>()));
        }
        SfccBaskets.Totals(doc, SfccSiteTax.Of(call.Instance));
        if (orderNo is null)
        {
            call.Instance.OrderSequence++;
            orderNo = call.Instance.OrderSequence.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            while (await FindAsync(call.Db, call.Account.Id, orderNo, call.Http.RequestAborted) is not null)
            {
                call.Instance.OrderSequence++;
                orderNo = call.Instance.OrderSequence.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        var order = new JsonObject { ["_type"] = "order" };
        foreach (var (key, value) in doc.Where(p => p.Key is not "_type" and not "basket_id"))
        {
            order[key] = value?.DeepClone();
        }
        order["order_no"] = orderNo;
        order["order_token"] = SfccBaskets.NewId() + SfccBaskets.NewId()[..6];
        order["site_id"] = call.Account.SfccSiteId;
        order["created_by"] = call.User ?? "Customer";
        order["creation_date"] = SfccOcapiJson.Date(call.Now);
        order["channel_type"] = call.User is null ? "storefront" : "callcenter";
        order["customer_name"] = order["customer_info"]?["customer_name"]?.GetValue<string>() ?? order["billing_address"]?["full_name"]?.GetValue<string>();
        order["status"] = "created";
        order["confirmation_status"] = "not_confirmed";
        order["export_status"] = "not_exported";
        order["payment_status"] = "not_paid";
        order["shipping_status"] = "not_shipped";
        foreach (var (shipment, index) in SfccBaskets.Shipments(order).OfType<JsonObject>().Select((s, i) => (s, i)))
        {
            shipment["shipment_no"] = $"{orderNo}-{index + 1}";
            shipment["shipping_status"] = "not_shipped";
        }
        var row = new SfccDocument { AccountId = call.Account.Id, Kind = "order", Id = orderNo, CreationDate = call.Now, Json = "" };
        var paid = SfccBaskets.Payments(order).OfType<JsonObject>().Sum(p => p["amount"]?.GetValue<decimal>() ?? 0m);
        if (paid >= order["order_total"]!.GetValue<decimal>())
        {
            await TakeStockAsync(call.Db, call.Account.Id, order, call.Http.RequestAborted);
            order["status"] = "new";
            order["confirmation_status"] = "confirmed";
            order["payment_status"] = "paid";
        }
        Write(row, order, call.Now);
        call.Db.SfccDocuments.Add(row);
        call.Db.SfccDocuments.Remove(basketRow);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        return order;
    }

    /// <summary>Sets the status, taking or releasing stock as the order enters or leaves a placed status.</summary>
    public static async Task SetStatusAsync(SandboxDbContext db, Guid accountId, JsonObject order, string status, CancellationToken ct)
    {
        var from = order["status"]!.GetValue<string>();
        if (!SfccOrderStatus.CanMove(from, status))
        {
            throw new SfccOcapiException(StatusCodes.Status409Conflict, "OrderStatusTransitionException",
                $"The order '{order["order_no"]}' cannot change from status '{from}' to '{status}'.", SfccOcapiException.Argument("status", status));
        }
        if (!SfccOrderStatus.HoldsStock(from) && SfccOrderStatus.HoldsStock(status))
        {
            await TakeStockAsync(db, accountId, order, ct);
        }
        else if (SfccOrderStatus.HoldsStock(from) && !SfccOrderStatus.HoldsStock(status))
        {
            await ChangeStockAsync(db, accountId, order, -1, ct);
        }
        order["status"] = status;
    }

    private static async Task TakeStockAsync(SandboxDbContext db, Guid accountId, JsonObject order, CancellationToken ct)
    {
        foreach (var item in SfccBaskets.Items(order).OfType<JsonObject>())
        {
            var productId = item["product_id"]!.GetValue<string>();
            var record = await SfccLookups.StockForUpdate(db, accountId, productId, ct);
            var quantity = (int)Math.Ceiling(item["quantity"]!.GetValue<decimal>());
            if (record is null || record.Ats < quantity)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "ProductItemNotAvailableException",
                    $"The product '{productId}' is not available for the quantity {quantity} (available to sell: {record?.Ats ?? 0}).", SfccOcapiException.Argument("productId", productId));
            }
        }
        await ChangeStockAsync(db, accountId, order, +1, ct);
    }

    private static async Task ChangeStockAsync(SandboxDbContext db, Guid accountId, JsonObject order, int sign, CancellationToken ct)
    {
        foreach (var item in SfccBaskets.Items(order).OfType<JsonObject>())
        {
            var productId = item["product_id"]!.GetValue<string>();
            if (await SfccLookups.StockForUpdate(db, accountId, productId, ct) is { } record)
            {
                record.Turnover = Math.Max(0, record.Turnover + sign * (int)Math.Ceiling(item["quantity"]!.GetValue<decimal>()));
            }
        }
    }

    public static void Write(SfccDocument row, JsonObject order, DateTimeOffset now)
    {
        order["last_modified"] = SfccOcapiJson.Date(now);
        row.Status = order["status"]!.GetValue<string>();
        row.ShippingStatus = order["shipping_status"]!.GetValue<string>();
        row.ExportStatus = order["export_status"]?.GetValue<string>() ?? "";
        row.CustomerNo = order["customer_info"]?["customer_no"]?.GetValue<string>();
        row.LastModified = now;
        row.Json = order.ToJsonString();
    }
}
