using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Data;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Control;

/// <summary>
/// `/sandbox/_control/accounts/{id}/sfcc`: what the merchant or warehouse does in Business Manager — OCAPI settings, site
/// preferences (baskets per customer, tax rate and taxation), the Order type's custom attribute definitions, orders
/// (list, ship whole or in part: <see cref="SfccShipping"/>), inventory, customers (list, create with an optional company and login, delete), payment and shipping
/// methods (list, create, delete).
/// </summary>
public static class SfccStateControlEndpoints
{
    public static void Map(RouteGroupBuilder sfcc)
    {
        sfcc.MapGet("/ocapi-settings", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (_, instance) => Task.FromResult<IResult>(Settings(instance))));

        sfcc.MapPut("/ocapi-settings", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (_, instance) =>
            {
                var shop = Property(body, "shop");
                var data = Property(body, "data");
                if (shop is null && data is null)
                {
                    return Invalid("shop", "Send the OCAPI settings JSON as \"shop\" and/or \"data\", e.g. {\"shop\":{\"_v\":\"23.2\",\"clients\":[…]}}.");
                }
                foreach (var (name, value) in new[] { ("shop", shop), ("data", data) })
                {
                    if (value is { } v && SfccOcapiSettings.Validate(v) is { } problem)
                    {
                        return Invalid(name, problem);
                    }
                }
                instance.ShopSettings = shop?.GetRawText() ?? instance.ShopSettings;
                instance.DataSettings = data?.GetRawText() ?? instance.DataSettings;
                await db.SaveChangesAsync(ct);
                return Settings(instance);
            }));

        // The friendlier way to break the settings: take one resource out (from every client of that document), e.g.
        // {"resource_id": "/baskets/*/items"} on shop, to see the portal's OCAPI check name it.
        sfcc.MapPost("/ocapi-settings/{api}/remove-resource", (string id, string api, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (_, instance) =>
            {
                if (api is not ("shop" or "data"))
                {
                    return Invalid("api", $"'{api}' is not an OCAPI settings document; use shop or data.");
                }
                var resourceId = Property(body, "resource_id") is { ValueKind: JsonValueKind.String } r ? r.GetString() ?? "" : "";
                var current = api == "shop" ? instance.ShopSettings : instance.DataSettings;
                var updated = SfccOcapiSettings.WithoutResource(current, resourceId);
                if (updated is null)
                {
                    return Invalid("resource_id", $"The {api} settings have no resource '{resourceId}'; GET ocapi-settings lists them.");
                }
                if (api == "shop")
                {
                    instance.ShopSettings = updated;
                }
                else
                {
                    instance.DataSettings = updated;
                }
                await db.SaveChangesAsync(ct);
                return Settings(instance);
            }));

        sfcc.MapGet("/site-preferences", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (_, instance) => Task.FromResult<IResult>(Ok(SitePreferences(instance)))));

        // Each preference is optional; the ones sent are checked and changed together.
        sfcc.MapPut("/site-preferences", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (_, instance) =>
            {
                var basketsSent = Property(body, "baskets_per_customer");
                var rateSent = Property(body, "tax_rate");
                var taxationSent = Property(body, "taxation");
                if (basketsSent is null && rateSent is null && taxationSent is null)
                {
                    return Invalid("baskets_per_customer", "Send at least one of baskets_per_customer, tax_rate, taxation, e.g. {\"tax_rate\": 0.0825, \"taxation\": \"net\"}.");
                }
                var baskets = instance.BasketsPerCustomer;
                if (basketsSent is { } b && (b.ValueKind != JsonValueKind.Number || !b.TryGetInt32(out baskets) || baskets is < 1 or > SfccInstance.MaxBasketsPerCustomer))
                {
                    return Invalid("baskets_per_customer", $"Send a whole number from 1 to {SfccInstance.MaxBasketsPerCustomer}, e.g. {{\"baskets_per_customer\": {SfccInstance.DefaultBasketsPerCustomer}}}.");
                }
                var rate = instance.TaxRate;
                if (rateSent is { } r && (r.ValueKind != JsonValueKind.Number || !r.TryGetDecimal(out rate) || rate is < 0 or > SfccSiteTax.MaxRate))
                {
                    return Invalid("tax_rate", $"Send the tax rate as a fraction from 0 to {SfccSiteTax.MaxRate}, e.g. {{\"tax_rate\": 0.0825}} for 8.25 %.");
                }
                var taxation = taxationSent is null ? instance.Taxation : Text(body, "taxation");
                if (taxation is null || !SfccSiteTax.Taxations.Contains(taxation))
                {
                    return Invalid("taxation", "Send \"net\" (tax added to prices) or \"gross\" (prices include tax).");
                }
                instance.BasketsPerCustomer = baskets;
                instance.TaxRate = rate;
                instance.Taxation = taxation;
                await db.SaveChangesAsync(ct);
                return Ok(SitePreferences(instance));
            }));

        // System Object Types › Order › Attribute Definitions: the custom attributes a basket or order may carry.
        sfcc.MapGet("/order-attribute-definitions", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (_, instance) => Task.FromResult<IResult>(Ok(OrderAttributes(instance)))));

        sfcc.MapPut("/order-attribute-definitions", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (_, instance) =>
            {
                var ids = Property(body, "attributes") is { ValueKind: JsonValueKind.Array } list
                    ? list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList()
                    : null;
                if (ids is null || ids.Any(i => i is null || !System.Text.RegularExpressions.Regex.IsMatch(i, "^[A-Za-z][A-Za-z0-9_]{0,63}$")))
                {
                    return Invalid("attributes", "Send {\"attributes\": [\"tiktokOrderId\", …]}: attribute ids without the c_ prefix, a letter then up to 63 letters, digits or underscores.");
                }
                instance.OrderAttributes = string.Join(',', ids.Distinct(StringComparer.Ordinal));
                await db.SaveChangesAsync(ct);
                return Ok(OrderAttributes(instance));
            }));

        sfcc.MapGet("/orders", (string id, string? status, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (account, _) =>
            {
                var rows = await db.SfccDocuments.AsNoTracking().Where(d => d.AccountId == account.Id && d.Kind == "order" && (status == null || d.Status == status))
                    .OrderByDescending(d => d.CreationDate).ThenByDescending(d => d.Id).Select(d => d.Json).ToListAsync(ct);
                return Ok(new JsonArray([.. rows.Select(r => (JsonNode)OrderView(SfccBaskets.Parse(r)))]));
            }));

        sfcc.MapPost("/orders/{orderNo}/ship", (string id, string orderNo, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (account, _) =>
            {
                var tracking = Property(body, "tracking_number") is { ValueKind: JsonValueKind.String } t ? t.GetString()! : "";
                var carrier = Property(body, "carrier") is { ValueKind: JsonValueKind.String } c ? c.GetString()! : "";
                if (tracking.Trim().Length == 0)
                {
                    return Invalid("tracking_number", "tracking_number is required, e.g. \"1Z999AA10123456784\".");
                }
                if (carrier.Trim().Length == 0)
                {
                    return Invalid("carrier", "carrier is required, e.g. \"UPS\".");
                }
                var row = await SfccOrders.FindAsync(db, account.Id, orderNo, ct);
                if (row is null)
                {
                    return SandboxProblem.Write(StatusCodes.Status404NotFound, $"Sandbox account {account.Id} has no SFCC order {orderNo}; list them with GET /sandbox/_control/accounts/{account.Id}/sfcc/orders.");
                }
                var order = SfccBaskets.Parse(row.Json);
                if (!SfccOrderStatus.HoldsStock(order["status"]!.GetValue<string>()))
                {
                    return SandboxProblem.Write(StatusCodes.Status409Conflict, $"Order {orderNo} is '{order["status"]}'; only placed orders (new, open, completed) can ship.");
                }
                var lines = SfccShipping.ReadLines(body, out var linesError);
                if (linesError is not null)
                {
                    return Invalid("lines", linesError);
                }
                if (SfccShipping.Ship(order, lines, tracking.Trim(), carrier.Trim(), out var shipped) is { } refused)
                {
                    return Invalid("lines", refused);
                }
                SfccOrders.Write(row, order, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                var view = OrderView(order);
                view["shipped_shipments"] = new JsonArray([.. shipped.Select(id => (JsonNode)id)]);
                return Ok(view);
            }));

        // {quantity, location?}: the warehouse (the default) is the site inventory list, so its allocation is reset; another
        // location's stock is set as it is. Either way the change lands in OCI's change feed.
        sfcc.MapPut("/inventory/{sku}", (string id, string sku, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (account, _) =>
            {
                if (Property(body, "quantity") is not { ValueKind: JsonValueKind.Number } q || !q.TryGetInt32(out var quantity) || quantity < 0)
                {
                    return Invalid("quantity", "quantity must be a whole number of at least 0.");
                }
                var location = Text(body, "location") ?? SfccLocations.Warehouse(account);
                if (!SfccLocations.All(account).Contains(location))
                {
                    return Invalid("location", $"'{location}' is not a location of this instance; use one of {string.Join(", ", SfccLocations.All(account))}.");
                }
                var product = await db.SfccProducts.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == account.Id && p.Id == sku, ct);
                if (product is null || product.Type == "master")
                {
                    return SandboxProblem.Write(StatusCodes.Status404NotFound, product is null
                        ? $"The SFCC catalog of account {account.Id} has no product '{sku}' (SKUs are case-sensitive)."
                        : $"'{sku}' is a master product; stock is held by its variants.");
                }
                if (location != SfccLocations.Warehouse(account))
                {
                    var stock = await db.SfccLocationStock.SingleOrDefaultAsync(s => s.AccountId == account.Id && s.LocationId == location && s.Sku == sku, ct);
                    if (stock is null)
                    {
                        stock = new SfccLocationStock { AccountId = account.Id, LocationId = location, Sku = sku };
                        db.SfccLocationStock.Add(stock);
                    }
                    stock.OnHand = quantity;
                    await db.SaveChangesAsync(ct);
                    return Ok(new JsonObject { ["sku"] = sku, ["location"] = location, ["on_hand"] = stock.OnHand });
                }
                var record = await db.SfccInventory.SingleOrDefaultAsync(r => r.AccountId == account.Id && r.ProductId == sku, ct);
                if (record is null)
                {
                    record = new SfccInventoryRecord { AccountId = account.Id, ProductId = sku };
                    db.SfccInventory.Add(record);
                }
                record.Allocation = quantity;
                record.Turnover = 0;
                record.AllocationResetDate = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                return Ok(new JsonObject { ["sku"] = sku, ["location"] = location, ["allocation"] = record.Allocation, ["ats"] = record.Ats });
            }));

        sfcc.MapGet("/customers", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (account, _) =>
            {
                var customers = await db.SfccCustomers.AsNoTracking().Where(c => c.AccountId == account.Id).OrderBy(c => c.CustomerNo).ToListAsync(ct);
                return Ok(new JsonArray([.. customers.Select(c => (JsonNode)CustomerView(c))]));
            }));

        sfcc.MapPost("/customers", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (account, _) =>
            {
                var email = Text(body, "email");
                if (email is null || !email.Contains('@'))
                {
                    return Invalid("email", "email is required, e.g. \"tiktok-orders@merchant.example\".");
                }
                var customerNo = Text(body, "customer_no");
                if (customerNo is not null && (customerNo.Length is 0 or > 100))
                {
                    return Invalid("customer_no", "customer_no has 1 to 100 characters; leave it out to get the next number.");
                }
                var company = Text(body, "company_name")?.Trim();
                if (company is { Length: > 256 })
                {
                    return Invalid("company_name", "company_name has at most 256 characters.");
                }
                var login = Text(body, "login")?.Trim();
                if (login is not null && (login.Length is 0 or > 256 || login.Any(char.IsWhiteSpace)))
                {
                    return Invalid("login", "login has 1 to 256 characters without spaces; leave it out to use the email.");
                }
                if (customerNo is null)
                {
                    customerNo = await SfccCustomerList.NextNumberAsync(db, account.Id, ct);
                }
                else if (await db.SfccCustomers.AnyAsync(c => c.AccountId == account.Id && c.CustomerNo == customerNo, ct))
                {
                    return SandboxProblem.Write(StatusCodes.Status409Conflict, $"Customer number {customerNo} is already taken.");
                }
                if (await SfccCustomerList.LoginTakenAsync(db, account.Id, login ?? email, ct))
                {
                    return SandboxProblem.Write(StatusCodes.Status409Conflict, $"The login '{login ?? email}' is already used by another customer; give this one another email or login.");
                }
                var customer = SfccCatalogSeed.NewCustomer(account.Id, customerNo, email, Text(body, "first_name") ?? "TikTok", Text(body, "last_name") ?? "Customer", clock.GetUtcNow());
                customer.CompanyName = company is { Length: > 0 } ? company : null;
                customer.Login = login;
                db.SfccCustomers.Add(customer);
                await db.SaveChangesAsync(ct);
                return Ok(CustomerView(customer), StatusCodes.Status201Created);
            }));

        sfcc.MapDelete("/customers/{customerNo}", (string id, string customerNo, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, async (account, _) =>
            {
                var deleted = await db.SfccCustomers.Where(c => c.AccountId == account.Id && c.CustomerNo == customerNo).ExecuteDeleteAsync(ct);
                return deleted > 0
                    ? TypedResults.NoContent()
                    : SandboxProblem.Write(StatusCodes.Status404NotFound, $"Sandbox account {account.Id} has no SFCC customer {customerNo}; list them with GET /sandbox/_control/accounts/{account.Id}/sfcc/customers.");
            }));

        sfcc.MapGet("/payment-methods", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (account, _) => ListMethodsAsync(db, account, "payment", ct)));

        sfcc.MapPost("/payment-methods", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (account, _) => AddMethodAsync(db, account, body, "payment", ct)));

        sfcc.MapDelete("/payment-methods/{methodId}", (string id, string methodId, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (account, _) => DeleteMethodAsync(db, account, methodId, "payment", ct)));

        sfcc.MapGet("/shipping-methods", (string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (account, _) => ListMethodsAsync(db, account, "shipping", ct)));

        sfcc.MapPost("/shipping-methods", (string id, JsonElement body, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (account, _) => AddMethodAsync(db, account, body, "shipping", ct)));

        sfcc.MapDelete("/shipping-methods/{methodId}", (string id, string methodId, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
            WithInstanceAsync(id, db, clock, ct, (account, _) => DeleteMethodAsync(db, account, methodId, "shipping", ct)));
    }

    private static JsonObject CustomerView(SfccCustomer c) => new()
    {
        ["customer_no"] = c.CustomerNo,
        ["customer_id"] = c.CustomerId,
        ["email"] = c.Email,
        ["first_name"] = c.FirstName,
        ["last_name"] = c.LastName,
        ["company_name"] = c.CompanyName,
        ["login"] = c.EffectiveLogin,
    };

    private static JsonObject MethodView(SfccMethod method)
    {
        var view = new JsonObject { ["id"] = method.Id, ["name"] = method.Name };
        if (method.Kind == "shipping")
        {
            view["cost"] = method.Cost;
        }
        return view;
    }

    private static async Task<IResult> ListMethodsAsync(SandboxDbContext db, SandboxAccount account, string kind, CancellationToken ct)
    {
        var methods = await db.SfccMethods.AsNoTracking().Where(m => m.AccountId == account.Id && m.Kind == kind).OrderBy(m => m.Id).ToListAsync(ct);
        return Ok(new JsonArray([.. methods.Select(m => (JsonNode)MethodView(m))]));
    }

    private static async Task<IResult> DeleteMethodAsync(SandboxDbContext db, SandboxAccount account, string methodId, string kind, CancellationToken ct)
    {
        var deleted = await db.SfccMethods.Where(m => m.AccountId == account.Id && m.Kind == kind && m.Id == methodId).ExecuteDeleteAsync(ct);
        return deleted > 0
            ? TypedResults.NoContent()
            : SandboxProblem.Write(StatusCodes.Status404NotFound, $"Sandbox account {account.Id} has no {kind} method '{methodId}' (ids are case-sensitive); list them with GET /sandbox/_control/accounts/{account.Id}/sfcc/{kind}-methods.");
    }

    private static async Task<IResult> AddMethodAsync(SandboxDbContext db, SandboxAccount account, JsonElement body, string kind, CancellationToken ct)
    {
        var methodId = Text(body, "id");
        if (methodId is null || methodId.Length is 0 or > 256 || methodId.Trim() != methodId)
        {
            return Invalid("id", $"id is required: the {kind} method id, 1 to 256 characters without surrounding spaces, e.g. {(kind == "payment" ? "\"TTS\"" : "\"004\"")}.");
        }
        decimal cost = 0;
        if (kind == "shipping" && Property(body, "cost") is { } c && (c.ValueKind != JsonValueKind.Number || (cost = c.GetDecimal()) < 0))
        {
            return Invalid("cost", "cost must be a number of at least 0.");
        }
        if (await db.SfccMethods.AnyAsync(m => m.AccountId == account.Id && m.Kind == kind && m.Id == methodId, ct))
        {
            return SandboxProblem.Write(StatusCodes.Status409Conflict, $"The {kind} method '{methodId}' already exists.");
        }
        var method = new SfccMethod { AccountId = account.Id, Kind = kind, Id = methodId, Name = Text(body, "name") ?? methodId, Cost = cost };
        db.SfccMethods.Add(method);
        await db.SaveChangesAsync(ct);
        return Ok(MethodView(method), StatusCodes.Status201Created);
    }

    private static JsonObject OrderView(JsonObject order) => new()
    {
        ["order_no"] = order["order_no"]?.DeepClone(),
        ["status"] = order["status"]?.DeepClone(),
        ["shipping_status"] = order["shipping_status"]?.DeepClone(),
        ["customer_no"] = order["customer_info"]?["customer_no"]?.DeepClone(),
        ["email"] = order["customer_info"]?["email"]?.DeepClone(),
        ["shipping_method"] = SfccBaskets.Shipments(order).OfType<JsonObject>().FirstOrDefault()?["shipping_method"]?["id"]?.DeepClone(),
        ["payment_method"] = SfccBaskets.Payments(order).OfType<JsonObject>().FirstOrDefault()?["payment_method_id"]?.DeepClone(),
        ["product_total"] = order["product_total"]?.DeepClone(),
        ["shipping_total"] = order["shipping_total"]?.DeepClone(),
        ["order_total"] = order["order_total"]?.DeepClone(),
        ["creation_date"] = order["creation_date"]?.DeepClone(),
        ["tracking_numbers"] = new JsonArray([.. SfccBaskets.Shipments(order).OfType<JsonObject>().Select(s => s["tracking_number"]?.DeepClone()).Where(t => t is not null)]),
        ["lines"] = new JsonArray([.. SfccBaskets.Items(order).OfType<JsonObject>().Select(i => (JsonNode)new JsonObject
        {
            ["item_id"] = i["item_id"]?.DeepClone(),
            ["product_id"] = i["product_id"]?.DeepClone(),
            ["quantity"] = i["quantity"]?.DeepClone(),
            ["price"] = i["price"]?.DeepClone(),
            ["shipment_id"] = i["shipment_id"]?.DeepClone(),
            ["shipped"] = SfccShipping.IsShipped(order, i),
        })]),
        ["last_modified"] = order["last_modified"]?.DeepClone(),
        ["shipments"] = new JsonArray([.. SfccBaskets.Shipments(order).OfType<JsonObject>().Select(s => (JsonNode)new JsonObject
        {
            ["shipment_id"] = s["shipment_id"]?.DeepClone(),
            ["shipment_no"] = s["shipment_no"]?.DeepClone(),
            ["shipping_method"] = s["shipping_method"]?["id"]?.DeepClone(),
            ["shipping_status"] = s["shipping_status"]?.DeepClone(),
            ["tracking_number"] = s["tracking_number"]?.DeepClone(),
            ["carrier"] = s["c_carrierCode"]?.DeepClone(),
        })]),
        ["custom"] = new JsonObject([.. order.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]),
    };

    private static IResult Settings(SfccInstance instance) => Ok(new JsonObject
    {
        ["shop"] = JsonNode.Parse(instance.ShopSettings.Length == 0 ? "{}" : instance.ShopSettings),
        ["data"] = JsonNode.Parse(instance.DataSettings.Length == 0 ? "{}" : instance.DataSettings),
    });

    private static JsonObject SitePreferences(SfccInstance instance) => new()
    {
        ["baskets_per_customer"] = instance.BasketsPerCustomer,
        ["tax_rate"] = instance.TaxRate,
        ["taxation"] = instance.Taxation,
    };

    private static JsonObject OrderAttributes(SfccInstance instance) => new()
    {
        ["attributes"] = new JsonArray([.. instance.OrderAttributeList().Select(a => (JsonNode)JsonValue.Create(a))]),
    };

    private static async Task<IResult> WithInstanceAsync(string id, SandboxDbContext db, TimeProvider clock, CancellationToken ct, Func<SandboxAccount, SfccInstance, Task<IResult>> run)
    {
        if (!Guid.TryParse(id, out var accountId))
        {
            return SandboxProblem.Write(StatusCodes.Status400BadRequest, $"'{id}' is not a sandbox account id; use the id returned by POST /sandbox/_control/accounts.");
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
        {
            return SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account {accountId}. Create one with POST /sandbox/_control/accounts.");
        }
        return await run(account, await SfccSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct));
    }

    private static IResult Ok(JsonNode body, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, status);

    private static JsonElement? Property(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement body, string name) => Property(body, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Sandbox control API");
}
