using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Data;

/// <summary>
/// OCAPI Data API v25_6 (`/s/-/dw/data/v25_6`), the parts the product needs: the site, customers of the site's customer
/// list (create, get, search), the site's inventory list and its records (list, get, put), order status, and the Order type's attribute definitions. The customer
/// list id is the site id; the inventory list id is "inventory_{site id}".
/// </summary>
public static class SfccDataEndpoints
{
    public const int MaxCount = 200;

    public static string InventoryListId(Pipe17Portal.Sandbox.Accounts.SandboxAccount account) => $"inventory_{account.SfccSiteId}";

    public static readonly IReadOnlyList<SfccOcapiRoute> Routes =
    [
        new("GET", "/sites/{site_id}", SiteAsync),
        new("PUT", "/sites/{site_id}/orders/{order_no}/status", OrderStatusAsync),
        new("POST", "/customer_lists/{list_id}/customers", CreateCustomerAsync),
        new("GET", "/customer_lists/{list_id}/customers/{customer_no}", CustomerAsync),
        new("POST", "/customer_lists/{list_id}/customer_search", CustomerSearchAsync),
        new("GET", "/inventory_lists/{id}", InventoryListAsync),
        new("GET", "/inventory_lists/{inventory_list_id}/product_inventory_records", RecordsAsync),
        new("GET", "/inventory_lists/{inventory_list_id}/product_inventory_records/{product_id}", RecordAsync),
        new("PUT", "/inventory_lists/{inventory_list_id}/product_inventory_records/{product_id}", PutRecordAsync),
        new("GET", "/system_object_definitions/{object_type}/attribute_definitions", SfccAttributeDefinitions.ListAsync),
    ];

    private static void RequireSite(SfccOcapiCall call)
    {
        if (call["site_id"] != call.Account.SfccSiteId)
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "SiteNotFoundException", $"No site with ID '{call["site_id"]}' was found.", SfccOcapiException.Argument("siteId", call["site_id"]));
        }
    }

    private static Task<IResult> SiteAsync(SfccOcapiCall call)
    {
        RequireSite(call);
        return Task.FromResult(SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "site",
            ["cartridges"] = "app_storefront_base",
            ["creation_date"] = SfccOcapiJson.Date(call.Instance.SeededAt),
            ["customer_list_link"] = new JsonObject { ["_type"] = "customer_list_link", ["customer_list_id"] = call.Account.SfccSiteId, ["link"] = $"/s/-/dw/data/v25_6/customer_lists/{call.Account.SfccSiteId}" },
            ["display_name"] = new JsonObject { ["default"] = call.Account.SfccSiteId },
            ["id"] = call.Account.SfccSiteId,
            ["in_deletion"] = false,
            ["storefront_status"] = "online",
        }));
    }

    private static async Task<IResult> OrderStatusAsync(SfccOcapiCall call)
    {
        RequireSite(call);
        var status = call.BodyObject()["status"]?.GetValue<string>();
        string[] allowed = ["created", "new", "open", "completed", "cancelled", "failed", "failed_with_reopen"];
        if (status is null || !allowed.Contains(status))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException",
                $"status must be one of: {string.Join(", ", allowed)}.", SfccOcapiException.Argument("property", "status"));
        }
        var row = await SfccOrders.LoadAsync(call, call["order_no"]);
        var order = SfccBaskets.Parse(row.Json);
        // failed_with_reopen also reopens the basket on a real instance; the emulator only fails the order.
        await SfccOrders.SetStatusAsync(call.Db, call.Account.Id, order, status == "failed_with_reopen" ? "failed" : status, call.Http.RequestAborted);
        SfccOrders.Write(row, order, call.Now);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static void RequireCustomerList(SfccOcapiCall call)
    {
        if (call["list_id"] != call.Account.SfccSiteId)
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "CustomerListNotFoundException", $"No customer list with ID '{call["list_id"]}' was found.", SfccOcapiException.Argument("listId", call["list_id"]));
        }
    }

    public static JsonObject Customer(SfccCustomer c)
    {
        var view = new JsonObject
        {
            ["_type"] = "customer",
            ["creation_date"] = SfccOcapiJson.Date(c.CreationDate),
            ["credentials"] = new JsonObject { ["_type"] = "credentials", ["enabled"] = true, ["locked"] = false, ["login"] = c.EffectiveLogin },
            ["customer_id"] = c.CustomerId,
            ["customer_no"] = c.CustomerNo,
            ["email"] = c.Email,
            ["first_name"] = c.FirstName,
            ["last_modified"] = SfccOcapiJson.Date(c.CreationDate),
            ["last_name"] = c.LastName,
        };
        if (c.CompanyName is not null)
        {
            view.Insert(1, "company_name", c.CompanyName);
        }
        return view;
    }

    private static readonly string[] CustomerProperties =
    [
        "birthday", "company_name", "creation_date", "credentials", "customer_id", "customer_no", "email", "fax", "first_name", "gender", "global_party_id",
        "job_title", "last_login_time", "last_modified", "last_name", "last_visit_time", "phone_business", "phone_home", "phone_mobile", "preferred_locale",
        "previous_login_time", "previous_visit_time", "primary_address", "salutation", "second_name", "suffix", "title", "_v", "_type", "_resource_state",
    ];

    /// <summary>
    /// POST /customer_lists/{list_id}/customers: credentials.login (≤ 256 characters, no spaces, unique in the list ignoring
    /// case), last_name and email are mandatory; first_name and company_name are kept. The customer number is generated.
    /// 400 CredentialsMissingException, LoginMissingException, InvalidLoginException, LoginAlreadyInUseException, MissingPropertyException.
    /// </summary>
    private static async Task<IResult> CreateCustomerAsync(SfccOcapiCall call)
    {
        RequireCustomerList(call);
        var body = call.BodyObject();
        SfccBaskets.RejectUnknownProperties(body, CustomerProperties);
        if (body["credentials"] is not JsonObject credentials)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "CredentialsMissingException",
                "The customer has no credentials: send \"credentials\": {\"login\": …}.", SfccOcapiException.Argument("property", "credentials"));
        }
        var login = Text(credentials, "login")?.Trim();
        if (string.IsNullOrEmpty(login))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "LoginMissingException",
                "The credentials have no login.", SfccOcapiException.Argument("property", "credentials.login"));
        }
        if (login.Length > 256 || login.Any(char.IsWhiteSpace))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidLoginException",
                $"The login '{login}' does not meet the login criteria: at most 256 characters, without spaces.", SfccOcapiException.Argument("login", login));
        }
        var lastName = Text(body, "last_name")?.Trim();
        if (string.IsNullOrEmpty(lastName))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MissingPropertyException", "The property 'last_name' is required.", SfccOcapiException.Argument("property", "last_name"));
        }
        var email = Text(body, "email")?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@'))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, string.IsNullOrEmpty(email) ? "MissingPropertyException" : "PropertyConstraintViolationException",
                string.IsNullOrEmpty(email) ? "The property 'email' is required." : $"'{email}' is not an email address.", SfccOcapiException.Argument("property", "email"));
        }
        if (await SfccCustomerList.LoginTakenAsync(call.Db, call.Account.Id, login, call.Http.RequestAborted))
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "LoginAlreadyInUseException",
                $"The login '{login}' is already in use in customer list '{call["list_id"]}'.", SfccOcapiException.Argument("login", login));
        }
        var customer = SfccCatalogSeed.NewCustomer(call.Account.Id, await SfccCustomerList.NextNumberAsync(call.Db, call.Account.Id, call.Http.RequestAborted),
            email, Text(body, "first_name")?.Trim() ?? "", lastName, call.Now);
        customer.Login = login;
        customer.CompanyName = Text(body, "company_name")?.Trim() is { Length: > 0 } company ? company : null;
        call.Db.SfccCustomers.Add(customer);
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        var view = Customer(customer);
        view.Insert(0, "_v", call.Version);
        return SfccOcapiJson.Result(view);
    }

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static async Task<IResult> CustomerAsync(SfccOcapiCall call)
    {
        RequireCustomerList(call);
        var customer = await call.Db.SfccCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == call.Account.Id && c.CustomerNo == call["customer_no"], call.Http.RequestAborted)
            ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "CustomerNotFoundException", $"No customer with number '{call["customer_no"]}' was found.", SfccOcapiException.Argument("customerNo", call["customer_no"]));
        var view = Customer(customer);
        view.Insert(0, "_v", call.Version);
        return SfccOcapiJson.Result(view);
    }

    private static async Task<IResult> CustomerSearchAsync(SfccOcapiCall call)
    {
        RequireCustomerList(call);
        var body = call.BodyObject();
        var (start, count) = Paging(body["start"], body["count"]);
        var query = body["query"] as JsonObject ?? new JsonObject { ["match_all_query"] = new JsonObject() };
        var matches = SfccCustomerList.Matcher(query);
        // A sandbox list is small: filter in memory, where whole-word text matching is simple.
        var all = await call.Db.SfccCustomers.AsNoTracking().Where(c => c.AccountId == call.Account.Id).ToListAsync(call.Http.RequestAborted);
        var found = all.Where(matches).OrderBy(c => c.CustomerNo, StringComparer.Ordinal).ToList();
        var page = found.Skip(start).Take(count).ToList();
        return SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "customer_search_result",
            ["count"] = page.Count,
            ["hits"] = new JsonArray([.. page.Select(c => (JsonNode)new JsonObject { ["_type"] = "customer_search_hit", ["data"] = Customer(c), ["relevance"] = 1.0 })]),
            ["query"] = query.DeepClone(),
            ["start"] = start,
            ["total"] = found.Count,
        });
    }

    private static void RequireInventoryList(SfccOcapiCall call, string id)
    {
        if (id != InventoryListId(call.Account))
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "InventoryListNotFoundException", $"No inventory list with ID '{id}' was found.", SfccOcapiException.Argument("inventoryListId", id));
        }
    }

    private static Task<IResult> InventoryListAsync(SfccOcapiCall call)
    {
        RequireInventoryList(call, call["id"]);
        return Task.FromResult(SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "inventory_list",
            ["assigned_sites"] = new JsonArray(new JsonObject { ["_type"] = "site", ["id"] = call.Account.SfccSiteId }),
            ["default_in_stock"] = false,
            ["id"] = call["id"],
            ["on_order_inventory_enabled"] = false,
            ["use_bundle_inventory_only"] = false,
        }));
    }

    public static JsonObject Record(SfccInventoryRecord r, string listId, string? name) => new()
    {
        ["_type"] = "product_inventory_record",
        ["allocation"] = new JsonObject { ["_type"] = "product_inventory_record_allocation", ["amount"] = r.Allocation, ["reset_date"] = SfccOcapiJson.Date(r.AllocationResetDate) },
        ["ats"] = r.Ats,
        ["inventory_list_id"] = listId,
        ["inventory_turnover"] = r.Turnover,
        ["perpetual_flag"] = false,
        ["pre_order_back_order_handling"] = "none",
        ["product_id"] = r.ProductId,
        ["product_name"] = name,
        ["stock_level"] = r.Ats,
    };

    private static async Task<IResult> RecordsAsync(SfccOcapiCall call)
    {
        var listId = call["inventory_list_id"];
        RequireInventoryList(call, listId);
        var (start, count) = Paging(ParseQuery(call, "start"), ParseQuery(call, "count"));
        var records = call.Db.SfccInventory.AsNoTracking().Where(r => r.AccountId == call.Account.Id);
        var total = await records.CountAsync(call.Http.RequestAborted);
        var page = await records.OrderBy(r => r.ProductId).Skip(start).Take(count).ToListAsync(call.Http.RequestAborted);
        var result = new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "product_inventory_records",
            ["count"] = page.Count,
            ["data"] = new JsonArray([.. page.Select(r => (JsonNode)Record(r, listId, null))]),
            ["start"] = start,
            ["total"] = total,
        };
        if (start + page.Count < total)
        {
            result["next"] = $"{call.Http.Request.PathBase}{call.Http.Request.Path}?start={start + count}&count={count}";
        }
        return SfccOcapiJson.Result(result);
    }

    private static async Task<SfccInventoryRecord> LoadRecordAsync(SfccOcapiCall call)
    {
        RequireInventoryList(call, call["inventory_list_id"]);
        return await call.Db.SfccInventory.SingleOrDefaultAsync(r => r.AccountId == call.Account.Id && r.ProductId == call["product_id"], call.Http.RequestAborted)
            ?? throw new SfccOcapiException(StatusCodes.Status404NotFound, "ProductInventoryRecordNotFoundException",
                $"No inventory record for product '{call["product_id"]}' was found in inventory list '{call["inventory_list_id"]}'.", SfccOcapiException.Argument("productId", call["product_id"]));
    }

    private static async Task<IResult> RecordAsync(SfccOcapiCall call)
    {
        var record = await LoadRecordAsync(call);
        var view = Record(record, call["inventory_list_id"], null);
        view.Insert(0, "_v", call.Version);
        return SfccOcapiJson.Result(view);
    }

    private static async Task<IResult> PutRecordAsync(SfccOcapiCall call)
    {
        RequireInventoryList(call, call["inventory_list_id"]);
        var amount = call.BodyObject()["allocation"]?["amount"] is JsonValue a && a.TryGetValue<decimal>(out var n) && n >= 0 ? (int)n
            : throw new SfccOcapiException(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException", "allocation.amount must be a number ≥ 0.", SfccOcapiException.Argument("property", "allocation.amount"));
        if (!await call.Db.SfccProducts.AnyAsync(p => p.AccountId == call.Account.Id && p.Id == call["product_id"], call.Http.RequestAborted))
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "ProductNotFoundException", $"No product with ID '{call["product_id"]}' was found.", SfccOcapiException.Argument("productId", call["product_id"]));
        }
        var record = await call.Db.SfccInventory.SingleOrDefaultAsync(r => r.AccountId == call.Account.Id && r.ProductId == call["product_id"], call.Http.RequestAborted);
        if (record is null)
        {
            record = new SfccInventoryRecord { AccountId = call.Account.Id, ProductId = call["product_id"] };
            call.Db.SfccInventory.Add(record);
        }
        record.Allocation = amount;
        record.Turnover = 0;
        record.AllocationResetDate = call.Now;
        await call.Db.SaveChangesAsync(call.Http.RequestAborted);
        var view = Record(record, call["inventory_list_id"], null);
        view.Insert(0, "_v", call.Version);
        return SfccOcapiJson.Result(view);
    }

    internal static JsonNode? ParseQuery(SfccOcapiCall call, string name) =>
        int.TryParse(call.Http.Request.Query[name].ToString(), out var n) ? JsonValue.Create(n) : call.Http.Request.Query.ContainsKey(name) ? JsonValue.Create(-1) : null;

    internal static (int Start, int Count) Paging(JsonNode? startNode, JsonNode? countNode)
    {
        var start = startNode is JsonValue s && s.TryGetValue<int>(out var st) ? st : startNode is null ? 0 : -1;
        var count = countNode is JsonValue c && c.TryGetValue<int>(out var ct) ? ct : countNode is null ? 25 : -1;
        if (start < 0 || count is < 1 or > MaxCount)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "PropertyConstraintViolationException",
                $"start must be ≥ 0 and count from 1 to {MaxCount}.", SfccOcapiException.Argument("property", start < 0 ? "start" : "count"));
        }
        return (start, count);
    }
}
