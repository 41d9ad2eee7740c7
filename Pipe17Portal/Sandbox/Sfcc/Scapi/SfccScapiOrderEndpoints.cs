using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// SCAPI Orders (`/checkout/orders/v1`, sfcc.orders[.rw], siteId required): list with status filters and limit/offset
/// ({"data":[…]}, no total), get, and PUT status. Orders are the OCAPI documents with their names in camelCase.
/// </summary>
public static class SfccScapiOrderEndpoints
{
    public const string Orders = "/checkout/orders/v1";

    public static readonly IReadOnlyList<SfccScapiRoute> Routes =
    [
        new("GET", Orders, "/orders", "sfcc.orders", true, ListAsync),
        new("GET", Orders, "/orders/{orderNo}", "sfcc.orders", true, GetAsync),
        new("PUT", Orders, "/orders/{orderNo}/status", "sfcc.orders", true, StatusAsync),
    ];

    private static readonly string[] OrderStatuses = ["created", "new", "open", "completed", "cancelled", "failed"];
    private static readonly string[] ExportStatuses = ["not_exported", "ready", "exported", "failed"];
    private static readonly string[] ShippingStatuses = ["not_shipped", "part_shipped", "shipped"];

    /// <summary>
    /// The filters SFCC documents (status at most 2 values; exportStatus and shippingStatus as comma lists; last-modified and
    /// creation windows) and its sorts (sortBy creation_date|last_modified_date, sortOrder asc|desc, desc by default).
    /// </summary>
    private static async Task<IResult> ListAsync(SfccScapiCall call)
    {
        var limit = call.QueryInt("limit", 100, 1, 200);
        var offset = call.QueryInt("offset", 0, 0, 10_000);
        if (offset + limit > 10_000)
        {
            throw Invalid("offset + limit must not exceed 10000.");
        }
        var orders = call.Db.SfccDocuments.AsNoTracking().Where(d => d.AccountId == call.Account.Id && d.Kind == "order");
        if (List(call, "status", OrderStatuses) is { } statuses)
        {
            if (statuses.Count > 2)
            {
                throw Invalid("status accepts at most 2 values.");
            }
            orders = orders.Where(d => statuses.Contains(d.Status));
        }
        if (List(call, "exportStatus", ExportStatuses) is { } export)
        {
            orders = orders.Where(d => export.Contains(d.ExportStatus));
        }
        if (List(call, "shippingStatus", ShippingStatuses) is { } shipping)
        {
            orders = orders.Where(d => shipping.Contains(d.ShippingStatus));
        }
        if (Date(call, "lastModifiedDateFrom") is { } modifiedFrom)
        {
            orders = orders.Where(d => d.LastModified >= modifiedFrom);
        }
        if (Date(call, "lastModifiedDateTo") is { } modifiedTo)
        {
            orders = orders.Where(d => d.LastModified <= modifiedTo);
        }
        if (Date(call, "creationDateFrom") is { } createdFrom)
        {
            orders = orders.Where(d => d.CreationDate >= createdFrom);
        }
        if (Date(call, "creationDateTo") is { } createdTo)
        {
            orders = orders.Where(d => d.CreationDate <= createdTo);
        }
        var sortBy = call.Http.Request.Query["sortBy"].ToString();
        var sortOrder = call.Http.Request.Query["sortOrder"].ToString();
        if (sortBy is not ("" or "creation_date" or "last_modified_date"))
        {
            throw Invalid($"sortBy '{sortBy}' is not supported; use creation_date or last_modified_date.");
        }
        if (sortOrder is not ("" or "asc" or "desc"))
        {
            throw Invalid($"sortOrder '{sortOrder}' is not supported; use asc or desc.");
        }
        orders = (sortBy == "last_modified_date", sortOrder == "asc") switch
        {
            (true, true) => orders.OrderBy(d => d.LastModified).ThenBy(d => d.Id),
            (true, false) => orders.OrderByDescending(d => d.LastModified).ThenByDescending(d => d.Id),
            (false, true) => orders.OrderBy(d => d.CreationDate).ThenBy(d => d.Id),
            _ => orders.OrderByDescending(d => d.CreationDate).ThenByDescending(d => d.Id),
        };
        var page = await orders.Skip(offset).Take(limit).Select(d => d.Json).ToListAsync(call.Http.RequestAborted);
        return SfccScapiProductEndpoints.Json(new JsonObject { ["data"] = new JsonArray([.. page.Select(j => Camel(JsonNode.Parse(j)))]) });
    }

    private static SfccScapiException Invalid(string detail) =>
        new(StatusCodes.Status400BadRequest, "invalid-query-parameter", "Invalid Query Parameter", detail);

    private static DateTimeOffset? Date(SfccScapiCall call, string name)
    {
        var text = call.Http.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Invalid($"{name} '{text}' is not an ISO 8601 date-time, e.g. 2026-12-05T02:00:00Z.");
    }

    private static async Task<IResult> GetAsync(SfccScapiCall call)
    {
        var row = await LoadAsync(call);
        return SfccScapiProductEndpoints.Json(Camel(JsonNode.Parse(row.Json))!);
    }

    private static async Task<IResult> StatusAsync(SfccScapiCall call)
    {
        var status = (call.Body as JsonObject)?["status"]?.GetValue<string>();
        string[] allowed = ["created", "new", "completed", "cancelled", "failed", "failed_with_reopen"];
        if (status is null || !allowed.Contains(status))
        {
            throw SfccScapiException.BadRequest($"status must be one of: {string.Join(", ", allowed)}.");
        }
        var row = await LoadAsync(call);
        var order = SfccBaskets.Parse(row.Json);
        try
        {
            await SfccOrders.SetStatusAsync(call.Db, call.Account.Id, order, status == "failed_with_reopen" ? "failed" : status, call.Http.RequestAborted);
        }
        catch (SfccOcapiException e)
        {
            throw new SfccScapiException(StatusCodes.Status409Conflict, "order-status-transition", "Order Status Transition", e.Message);
        }
        SfccOrders.Write(row, order, call.Now);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<SfccDocument> LoadAsync(SfccScapiCall call) =>
        await SfccOrders.FindAsync(call.Db, call.Account.Id, call["orderNo"], call.Http.RequestAborted)
        ?? throw new SfccScapiException(StatusCodes.Status404NotFound, "order-not-found", "Order Not Found", $"No order with number '{call["orderNo"]}' was found.");

    private static List<string>? List(SfccScapiCall call, string name, string[] allowed)
    {
        if (call.Http.Request.Query[name].ToString() is not { Length: > 0 } text)
        {
            return null;
        }
        List<string> values = [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return values.FirstOrDefault(v => !allowed.Contains(v)) is { } wrong
            ? throw Invalid($"{name} '{wrong}' is not one of: {string.Join(", ", allowed)}.")
            : values;
    }

    /// <summary>OCAPI snake_case names to SCAPI camelCase; drops _v/_type/_resource_state, keeps c_* attributes as they are.</summary>
    public static JsonNode? Camel(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => !p.Key.StartsWith('_'))
            .Select(p => KeyValuePair.Create(p.Key.StartsWith("c_", StringComparison.Ordinal) ? p.Key : CamelName(p.Key), Camel(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Camel)]),
        _ => node?.DeepClone(),
    };

    private static string CamelName(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
