using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// SCAPI Customers (`/customer/customers/v1`, sfcc.customerlists): get a customer of a list, and customer-search
/// (matchAllQuery, termQuery or textQuery on email, customerNo, firstName, lastName, companyName). The site's list id is the site id.
/// </summary>
public static class SfccScapiCustomerEndpoints
{
    public const string Customers = "/customer/customers/v1";

    public static readonly IReadOnlyList<SfccScapiRoute> Routes =
    [
        new("GET", Customers, "/customer-lists/{customerListId}/customers/{customerNo}", "sfcc.customerlists", false, GetAsync),
        new("POST", Customers, "/customer-lists/{customerListId}/customer-search", "sfcc.customerlists", false, SearchAsync),
    ];

    private static void RequireList(SfccScapiCall call)
    {
        if (call["customerListId"] != call.Account.SfccSiteId)
        {
            throw new SfccScapiException(StatusCodes.Status404NotFound, "customer-list-not-found", "Customer List Not Found", $"No customer list with ID '{call["customerListId"]}' was found.");
        }
    }

    public static JsonObject View(SfccCustomer c)
    {
        var view = new JsonObject
        {
            ["customerId"] = c.CustomerId,
            ["customerNo"] = c.CustomerNo,
            ["email"] = c.Email,
            ["firstName"] = c.FirstName,
            ["lastName"] = c.LastName,
            ["credentials"] = new JsonObject { ["login"] = c.EffectiveLogin, ["enabled"] = true, ["locked"] = false },
            ["creationDate"] = SfccOcapiJson.Date(c.CreationDate),
            ["lastModified"] = SfccOcapiJson.Date(c.CreationDate),
        };
        if (c.CompanyName is not null)
        {
            view["companyName"] = c.CompanyName;
        }
        return view;
    }

    private static async Task<IResult> GetAsync(SfccScapiCall call)
    {
        RequireList(call);
        var customer = await call.Db.SfccCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == call.Account.Id && c.CustomerNo == call["customerNo"], call.Http.RequestAborted)
            ?? throw new SfccScapiException(StatusCodes.Status404NotFound, "customer-not-found", "Customer Not Found", $"No customer with number '{call["customerNo"]}' was found in list '{call["customerListId"]}'.");
        return SfccScapiProductEndpoints.Json(View(customer));
    }

    private static async Task<IResult> SearchAsync(SfccScapiCall call)
    {
        RequireList(call);
        var body = call.Body as JsonObject ?? throw SfccScapiException.BadRequest("The body must be a search request object with a 'query'.");
        var limit = body["limit"] is JsonValue l && l.TryGetValue<int>(out var li) ? li : 25;
        var offset = body["offset"] is JsonValue o && o.TryGetValue<int>(out var oi) ? oi : 0;
        if (limit is < 1 or > 200 || offset < 0)
        {
            throw SfccScapiException.BadRequest("limit must be from 1 to 200 and offset at least 0.");
        }
        var query = body["query"] as JsonObject ?? throw SfccScapiException.BadRequest("The property 'query' is required.");
        var customers = call.Db.SfccCustomers.AsNoTracking().Where(c => c.AccountId == call.Account.Id);
        if (query["termQuery"] is JsonObject || query["textQuery"] is JsonObject)
        {
            var q = (JsonObject)(query["termQuery"] ?? query["textQuery"])!;
            var field = (q["fields"] as JsonArray)?.FirstOrDefault()?.GetValue<string>() ?? "";
            var values = (q["values"] is JsonArray vs ? vs.Select(v => v?.ToString() ?? "") : [q["searchPhrase"]?.GetValue<string>() ?? ""]).Select(v => v.ToLowerInvariant()).ToList();
            customers = field switch
            {
                "email" => customers.Where(c => values.Contains(c.Email.ToLower())),
                "customerNo" => customers.Where(c => values.Contains(c.CustomerNo.ToLower())),
                "firstName" => customers.Where(c => values.Contains(c.FirstName.ToLower())),
                "lastName" => customers.Where(c => values.Contains(c.LastName.ToLower())),
                "companyName" => customers.Where(c => c.CompanyName != null && values.Contains(c.CompanyName.ToLower())),
                _ => throw new SfccScapiException(StatusCodes.Status400BadRequest, "unqueryable-field", "Unqueryable Field", $"The field '{field}' cannot be queried; use email, customerNo, firstName, lastName or companyName."),
            };
        }
        else if (query["matchAllQuery"] is null)
        {
            throw SfccScapiException.BadRequest("The emulator supports matchAllQuery, termQuery and textQuery.");
        }
        var total = await customers.CountAsync(call.Http.RequestAborted);
        var page = await customers.OrderBy(c => c.CustomerNo).Skip(offset).Take(limit).ToListAsync(call.Http.RequestAborted);
        return SfccScapiProductEndpoints.Json(new JsonObject
        {
            ["limit"] = limit,
            ["hits"] = new JsonArray([.. page.Select(c => (JsonNode)new JsonObject { ["data"] = View(c), ["relevance"] = 1.0 })]),
            ["offset"] = offset,
            ["total"] = total,
            ["query"] = query.DeepClone(),
        });
    }
}
