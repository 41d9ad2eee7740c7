using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// SCAPI Products (`/product/products/v1`, sfcc.products) and Catalogs (`/product/catalogs/v1`, sfcc.catalogs):
/// product-search (matchAllQuery, termQuery, textQuery; limit ≤ 200; sorts on id, name, creationDate), get product,
/// variations (limit ≤ 50), catalogs. Products are read from plain columns, a page at a time, so 50,000 rows page quickly.
/// As the spec shows it (its ProductSearchResult example finds a master and its variation group but none of the variants whose
/// ids hold the same phrase, and search has no <c>variations</c> expansion), product-search hits are masters, variation
/// groups and items: variants are not hits and a master hit carries no <c>variants</c> list. A caller reads them through
/// <c>GET /products/{masterProductId}/variations</c>; get product still expands them (its <c>variations</c> is on by default).
/// </summary>
public static class SfccScapiProductEndpoints
{
    public const string Products = "/product/products/v1";
    public const string Catalogs = "/product/catalogs/v1";
    public const int MaxSearchLimit = 200;
    public const int MaxVariationLimit = 50;

    public static string CatalogId(Pipe17Portal.Sandbox.Accounts.SandboxAccount account) => $"{account.SfccSiteId.ToLowerInvariant()}-catalog";

    public static readonly IReadOnlyList<SfccScapiRoute> Routes =
    [
        new("POST", Products, "/product-search", "sfcc.products", false, SearchAsync),
        new("GET", Products, "/products/{productId}", "sfcc.products", false, GetAsync),
        new("GET", Products, "/products/{masterProductId}/variations", "sfcc.products", false, VariationsAsync),
        new("GET", Catalogs, "/catalogs", "sfcc.catalogs", false, CatalogsAsync),
    ];

    private static async Task<IResult> SearchAsync(SfccScapiCall call)
    {
        var body = call.Body as JsonObject ?? throw SfccScapiException.BadRequest("The body must be a search request object with a 'query'.");
        var limit = body["limit"] is JsonValue l && l.TryGetValue<int>(out var li) ? li : 25;
        var offset = body["offset"] is JsonValue o && o.TryGetValue<int>(out var oi) ? oi : 0;
        if (limit is < 1 or > MaxSearchLimit || offset < 0)
        {
            throw SfccScapiException.BadRequest($"limit must be from 1 to {MaxSearchLimit} and offset at least 0.");
        }
        var query = body["query"] as JsonObject ?? throw SfccScapiException.BadRequest("The property 'query' is required.");
        var products = Filter(call.Db.SfccProducts.AsNoTracking().Where(p => p.AccountId == call.Account.Id && p.Type != "variant"), query);
        var sort = (body["sorts"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        var field = sort?["field"]?.GetValue<string>() ?? "id";
        var descending = sort?["sortOrder"]?.GetValue<string>() == "desc";
        products = field switch
        {
            "id" => descending ? products.OrderByDescending(p => p.Id) : products.OrderBy(p => p.Id),
            "name" => descending ? products.OrderByDescending(p => p.Name).ThenBy(p => p.Id) : products.OrderBy(p => p.Name).ThenBy(p => p.Id),
            "creationDate" => descending ? products.OrderByDescending(p => p.CreationDate).ThenBy(p => p.Id) : products.OrderBy(p => p.CreationDate).ThenBy(p => p.Id),
            _ => throw new SfccScapiException(StatusCodes.Status400BadRequest, "field-not-sortable", "Field Not Sortable", $"The field '{field}' is not sortable; sort on id, name or creationDate."),
        };
        var total = await products.CountAsync(call.Http.RequestAborted);
        var page = await products.Skip(offset).Take(limit).ToListAsync(call.Http.RequestAborted);
        var hits = await ViewsAsync(call, page, withVariants: false);
        return Json(new JsonObject
        {
            ["limit"] = limit,
            ["hits"] = new JsonArray([.. hits]),
            ["offset"] = offset,
            ["total"] = total,
            ["query"] = query.DeepClone(),
            ["sorts"] = new JsonArray(new JsonObject { ["field"] = field, ["sortOrder"] = descending ? "desc" : "asc" }),
        });
    }

    private static IQueryable<SfccProduct> Filter(IQueryable<SfccProduct> products, JsonObject query)
    {
        if (query.Count != 1)
        {
            throw SfccScapiException.BadRequest("The query must hold exactly one of matchAllQuery, termQuery, textQuery.");
        }
        if (query["matchAllQuery"] is not null)
        {
            return products;
        }
        if (query["termQuery"] is JsonObject term)
        {
            var fields = (term["fields"] as JsonArray)?.Select(f => f?.GetValue<string>() ?? "").ToList() ?? [];
            var values = (term["values"] as JsonArray)?.Select(v => v?.ToString() ?? "").ToList() ?? [];
            if (fields.Count != 1 || values.Count == 0)
            {
                throw SfccScapiException.BadRequest("A termQuery needs one field and at least one value.");
            }
            return fields[0] switch
            {
                "id" => products.Where(p => values.Contains(p.Id)),
                "type" => products.Where(p => values.Contains(p.Type)),
                "name" => products.Where(p => values.Contains(p.Name)),
                _ => throw new SfccScapiException(StatusCodes.Status400BadRequest, "unqueryable-field", "Unqueryable Field", $"The field '{fields[0]}' cannot be queried here; use id, type or name."),
            };
        }
        if (query["textQuery"] is JsonObject text)
        {
            var phrase = text["searchPhrase"]?.GetValue<string>() ?? "";
            return products.Where(p => p.Id.Contains(phrase) || p.Name.Contains(phrase));
        }
        throw SfccScapiException.BadRequest("The emulator supports matchAllQuery, termQuery and textQuery.");
    }

    private static async Task<List<JsonNode>> ViewsAsync(SfccScapiCall call, List<SfccProduct> page, bool withVariants)
    {
        var ids = page.Select(p => p.Id).ToList();
        var masterIds = page.Where(p => p.Type == "master").Select(p => p.Id).ToList();
        var variants = masterIds.Count == 0 ? [] : await call.Db.SfccProducts.AsNoTracking()
            .Where(p => p.AccountId == call.Account.Id && p.MasterId != null && masterIds.Contains(p.MasterId)).OrderBy(p => p.Id).ToListAsync(call.Http.RequestAborted);
        ids.AddRange(variants.Select(v => v.Id));
        var stock = await call.Db.SfccInventory.AsNoTracking().Where(r => r.AccountId == call.Account.Id && ids.Contains(r.ProductId))
            .ToDictionaryAsync(r => r.ProductId, r => r.Allocation - r.Turnover, call.Http.RequestAborted);
        var catalog = CatalogId(call.Account);
        return [.. page.Select(p => (JsonNode)View(p, catalog, stock, variants.Where(v => v.MasterId == p.Id), withVariants))];
    }

    /// <param name="withVariants">False for search hits: a master's ats still sums its variants, but the list is not sent.</param>
    public static JsonObject View(SfccProduct p, string catalogId, IReadOnlyDictionary<string, int> stock, IEnumerable<SfccProduct> variants, bool withVariants = true)
    {
        var ats = p.Type == "master" ? variants.Sum(v => Math.Max(0, stock.GetValueOrDefault(v.Id))) : Math.Max(0, stock.GetValueOrDefault(p.Id));
        var view = new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = new JsonObject { ["default"] = p.Name },
            ["type"] = new JsonObject { [p.Type] = true },
            ["online"] = p.Online,
            ["onlineFlag"] = new JsonObject { ["default"] = p.Online },
            ["searchable"] = new JsonObject { ["default"] = true },
            ["owningCatalogId"] = catalogId,
            ["price"] = p.Price,
            ["priceCurrency"] = "USD",
            ["ats"] = ats,
            ["inStock"] = ats > 0,
            ["creationDate"] = SfccOcapiJson.Date(p.CreationDate),
            ["lastModified"] = SfccOcapiJson.Date(p.LastModified),
        };
        if (p.Upc is not null)
        {
            view["upc"] = p.Upc;
        }
        if (p.MasterId is not null)
        {
            view["master"] = new JsonObject { ["masterId"] = p.MasterId, ["orderable"] = true, ["price"] = p.Price };
            view["variationValues"] = Values(p);
        }
        if (p.Type == "master" && withVariants)
        {
            view["variants"] = new JsonArray([.. variants.Select(v => (JsonNode)Variant(v, stock))]);
        }
        return view;
    }

    public static JsonObject Variant(SfccProduct v, IReadOnlyDictionary<string, int> stock)
    {
        var ats = Math.Max(0, stock.GetValueOrDefault(v.Id));
        return new JsonObject
        {
            ["productId"] = v.Id,
            ["ats"] = ats,
            ["inStock"] = ats > 0,
            ["online"] = v.Online,
            ["orderable"] = v.Online && ats > 0,
            ["price"] = v.Price,
            ["priceCurrency"] = "USD",
            ["variationValues"] = Values(v),
        };
    }

    private static JsonObject Values(SfccProduct p)
    {
        var values = new JsonObject();
        if (p.Color is not null)
        {
            values["color"] = p.Color;
        }
        if (p.Size is not null)
        {
            values["size"] = p.Size;
        }
        return values;
    }

    private static async Task<IResult> GetAsync(SfccScapiCall call)
    {
        var product = await call.Db.SfccProducts.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == call.Account.Id && p.Id == call["productId"], call.Http.RequestAborted)
            ?? throw new SfccScapiException(StatusCodes.Status404NotFound, "product-not-found", "Product Not Found", $"No product with ID '{call["productId"]}' was found.");
        return Json((await ViewsAsync(call, [product], withVariants: true))[0]);
    }

    private static async Task<IResult> VariationsAsync(SfccScapiCall call)
    {
        var limit = call.QueryInt("limit", 25, 1, MaxVariationLimit);
        var offset = call.QueryInt("offset", 0, 0, int.MaxValue);
        var masterId = call["masterProductId"];
        // A master has a few dozen variants at most: one read of them all gives the total and the page, and the existence
        // check is only needed when there are none (two queries per call, not four, for a catalog pull's thousands of calls).
        var variants = await call.Db.SfccProducts.AsNoTracking().Where(p => p.AccountId == call.Account.Id && p.MasterId == masterId)
            .OrderBy(p => p.Id).ToListAsync(call.Http.RequestAborted);
        if (variants.Count == 0 && !await call.Db.SfccProducts.AnyAsync(p => p.AccountId == call.Account.Id && p.Id == masterId && p.Type == "master", call.Http.RequestAborted))
        {
            throw new SfccScapiException(StatusCodes.Status404NotFound, "product-not-found", "Product Not Found", $"No master product with ID '{masterId}' was found.");
        }
        var total = variants.Count;
        var page = variants.Skip(offset).Take(limit).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var stock = ids.Count == 0 ? new Dictionary<string, int>() : await call.Db.SfccInventory.AsNoTracking().Where(r => r.AccountId == call.Account.Id && ids.Contains(r.ProductId))
            .ToDictionaryAsync(r => r.ProductId, r => r.Allocation - r.Turnover, call.Http.RequestAborted);
        return Json(new JsonObject
        {
            ["limit"] = limit,
            ["data"] = new JsonArray([.. page.Select(v => (JsonNode)Variant(v, stock))]),
            ["offset"] = offset,
            ["total"] = total,
        });
    }

    private static Task<IResult> CatalogsAsync(SfccScapiCall call) => Task.FromResult(Json(new JsonObject
    {
        ["limit"] = 1,
        ["data"] = new JsonArray(new JsonObject
        {
            ["id"] = CatalogId(call.Account),
            ["name"] = new JsonObject { ["default"] = $"{call.Account.SfccSiteId} Catalog" },
            ["online"] = true,
            ["isMasterCatalog"] = true,
            ["assignedSites"] = new JsonArray(new JsonObject { ["id"] = call.Account.SfccSiteId }),
            ["creationDate"] = SfccOcapiJson.Date(call.Account.CreatedAt),
        }),
        ["offset"] = 0,
        ["total"] = 1,
    }));

    public static IResult Json(JsonNode body) => TypedResults.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8);
}
