using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>
/// OCAPI Shop API v23_2 orders: POST /orders and PUT /orders/{order_no} from a basket, GET, PATCH (status and c_*), and
/// POST /order_search (match_all_query or term_query on status, shipping_status, customer_no, order_no; start/count ≤ 200).
/// </summary>
public static class SfccShopOrderEndpoints
{
    public const int MaxCount = 200;
    private static readonly Dictionary<string, string> SearchFields = new()
    {
        ["status"] = "status", ["shipping_status"] = "shipping_status", ["customer_no"] = "customer_no", ["customer_info.customer_no"] = "customer_no", ["order_no"] = "order_no",
    };

    public static readonly IReadOnlyList<SfccOcapiRoute> Routes =
    [
        new("POST", "/orders", async c => SfccOcapiJson.Result(SfccBaskets.View(await SfccOrders.CreateAsync(c, c.BodyObject()["basket_id"]?.GetValue<string>(), null), c.Version))),
        new("PUT", "/orders/{order_no}", async c => SfccOcapiJson.Result(SfccBaskets.View(await SfccOrders.CreateAsync(c, c.BodyObject()["basket_id"]?.GetValue<string>(), c["order_no"]), c.Version))),
        new("GET", "/orders/{order_no}", async c => SfccOcapiJson.Result(SfccBaskets.View(SfccBaskets.Parse((await SfccOrders.LoadAsync(c, c["order_no"])).Json), c.Version))),
        new("PATCH", "/orders/{order_no}", PatchAsync),
        new("POST", "/order_search", SearchAsync),
    ];

    private static async Task<IResult> PatchAsync(SfccOcapiCall call)
    {
        var body = call.BodyObject();
        SfccBaskets.RejectUnknownProperties(body, ["status", "_v", "_resource_state"]);
        SfccOrderAttributes.Require(call.Instance, body, "order");
        var row = await SfccOrders.LoadAsync(call, call["order_no"]);
        var order = SfccBaskets.Parse(row.Json);
        if (body["status"]?.GetValue<string>() is { } status)
        {
            if (!SfccOrderStatus.All.Contains(status))
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException",
                    $"'{status}' is not an order status; use one of: {string.Join(", ", SfccOrderStatus.All)}.", SfccOcapiException.Argument("status", status));
            }
            await SfccOrders.SetStatusAsync(call.Db, call.Account.Id, order, status, call.Http.RequestAborted);
        }
        foreach (var (key, value) in body.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)).ToList())
        {
            order[key] = value?.DeepClone();
        }
        SfccOrders.Write(row, order, call.Now);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        return SfccOcapiJson.Result(SfccBaskets.View(order, call.Version));
    }

    private static async Task<IResult> SearchAsync(SfccOcapiCall call)
    {
        var body = call.BodyObject();
        var start = body["start"] is JsonValue s && s.TryGetValue<int>(out var st) ? st : 0;
        var count = body["count"] is JsonValue c && c.TryGetValue<int>(out var ct) ? ct : 25;
        if (start < 0 || count is < 1 or > MaxCount)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException",
                $"start must be ≥ 0 and count from 1 to {MaxCount}.", SfccOcapiException.Argument("property", start < 0 ? "start" : "count"));
        }
        var orders = call.Db.SfccDocuments.AsNoTracking().Where(d => d.AccountId == call.Account.Id && d.Kind == "order");
        var query = body["query"] as JsonObject
            ?? throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MissingPropertyException", "The property 'query' is required.", SfccOcapiException.Argument("property", "query"));
        if (query["term_query"] is JsonObject term)
        {
            var fields = (term["fields"] as JsonArray)?.Select(f => f?.GetValue<string>() ?? "").ToList() ?? [];
            var values = (term["values"] as JsonArray)?.Select(v => v?.ToString() ?? "").ToList() ?? [];
            var op = term["operator"]?.GetValue<string>() ?? "";
            if (fields.Count != 1 || !SearchFields.TryGetValue(fields[0], out var field) || op is not ("is" or "one_of") || values.Count == 0)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException",
                    $"A term_query needs one field of: {string.Join(", ", SearchFields.Keys)}, operator 'is' or 'one_of', and values.");
            }
            orders = field switch
            {
                "status" => orders.Where(d => values.Contains(d.Status)),
                "shipping_status" => orders.Where(d => values.Contains(d.ShippingStatus)),
                "customer_no" => orders.Where(d => d.CustomerNo != null && values.Contains(d.CustomerNo)),
                _ => orders.Where(d => values.Contains(d.Id)),
            };
        }
        else if (query["match_all_query"] is null)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException", "The emulator supports match_all_query and term_query.");
        }
        var ascending = (body["sorts"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault()?["sort_order"]?.GetValue<string>() == "asc";
        var total = await orders.CountAsync(call.Http.RequestAborted);
        var page = await (ascending ? orders.OrderBy(d => d.CreationDate).ThenBy(d => d.Id) : orders.OrderByDescending(d => d.CreationDate).ThenByDescending(d => d.Id))
            .Skip(start).Take(count).Select(d => d.Json).ToListAsync(call.Http.RequestAborted);
        return SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "order_search_result",
            ["count"] = page.Count,
            ["hits"] = new JsonArray([.. page.Select(json => (JsonNode)new JsonObject
            {
                ["_type"] = "order_search_hit",
                ["data"] = SfccBaskets.View(SfccBaskets.Parse(json), call.Version),
                ["relevance"] = 1.0,
            })]),
            ["query"] = query.DeepClone(),
            ["start"] = start,
            ["total"] = total,
        });
    }
}
