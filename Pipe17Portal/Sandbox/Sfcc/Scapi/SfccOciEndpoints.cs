using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// Omnichannel Inventory availability (`/inventory/availability/v1`, scope sfcc.inventory.availability). No official spec
/// exists (SFCC.md §6, §11). What is verified, from public cartridge code that calls the real service:
/// <list type="bullet">
/// <item>`POST …/availability-records/actions/get-availability {skus, groups | locations}` answering
///   `{groups:[{id, records:[{sku, ato, …}]}], locations:[…]}`.</item>
/// <item>`POST …/availability-records/delta-token {placeType:"group", places:[…]}` creates the token the change feed starts
///   from; the caller keeps it as `{deltaToken}` and posts that object to `…/actions/get-deltas`.</item>
/// <item>`get-deltas` answers `nextDeltaToken`, then `shouldQueryAgain`, then `records` (each with `sku`); the caller stores
///   `nextDeltaToken` for the next call and calls again while `shouldQueryAgain` is true.</item>
/// </list>
/// Inferred (not seen in any public source): placeType "location" beside "group"; the token reply's field name
/// `deltaToken`; each delta record naming its place in `location` or `group`; at most <see cref="MaxDeltaChanges"/>
/// changes per call; `atf`, `onHand`, `reserved`, `safetyStockCount`, `futures` on records (SFCC.md marks them [mem]).
/// The emulator takes the organization id as the tenant group id. Places: <see cref="SfccLocations"/>.
/// </summary>
public static class SfccOciEndpoints
{
    public const string Availability = "/inventory/availability/v1";
    public const int MaxSkus = 100;
    public const int MaxPlaces = 100;
    public const int MaxDeltaChanges = 1_000;

    public static readonly IReadOnlyList<SfccScapiRoute> Routes =
    [
        new("POST", Availability, "/availability-records/actions/get-availability", "sfcc.inventory.availability", false, GetAvailabilityAsync),
        new("POST", Availability, "/availability-records/delta-token", "sfcc.inventory.availability", false, DeltaTokenAsync),
        new("POST", Availability, "/availability-records/actions/get-deltas", "sfcc.inventory.availability", false, GetDeltasAsync),
    ];

    private static async Task<IResult> GetAvailabilityAsync(SfccScapiCall call)
    {
        var body = call.Body as JsonObject ?? throw SfccScapiException.BadRequest("The body must be {\"skus\":[…],\"groups\":[…]} or {\"skus\":[…],\"locations\":[…]}.");
        var skus = (body["skus"] as JsonArray)?.Select(s => s?.ToString() ?? "").Distinct().ToList() ?? [];
        var groups = (body["groups"] as JsonArray)?.Select(s => s?.ToString() ?? "").ToList();
        var locations = (body["locations"] as JsonArray)?.Select(s => s?.ToString() ?? "").ToList();
        if (skus.Count is 0 or > MaxSkus || (groups is null) == (locations is null))
        {
            throw SfccScapiException.BadRequest($"Send 1 to {MaxSkus} skus and either groups or locations (not both).");
        }
        var stock = await StockAsync(call, skus);
        return SfccScapiProductEndpoints.Json(new JsonObject
        {
            ["groups"] = groups is null ? new JsonArray() : new JsonArray([.. groups.Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g, ["records"] = new JsonArray([.. skus.Where(s => stock.Group(call.Account, g, s) is not null).Select(s => (JsonNode)Record(s, stock.Group(call.Account, g, s)!.Value))]),
            })]),
            ["locations"] = locations is null ? new JsonArray() : new JsonArray([.. locations.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l, ["records"] = new JsonArray([.. skus.Where(s => stock.Location(call.Account, l, s) is not null).Select(s => (JsonNode)Record(s, stock.Location(call.Account, l, s)!.Value))]),
            })]),
        });
    }

    /// <summary>Starts a change feed for some places: the token points at the feed's current end.</summary>
    private static async Task<IResult> DeltaTokenAsync(SfccScapiCall call)
    {
        var body = call.Body as JsonObject ?? throw SfccScapiException.BadRequest("The body must be {\"placeType\":\"group\"|\"location\",\"places\":[…]}.");
        var placeType = body["placeType"]?.ToString();
        var places = (body["places"] as JsonArray)?.Select(p => p?.ToString() ?? "").Where(p => p.Length > 0).Distinct().ToList() ?? [];
        if (placeType is not ("group" or "location") || places.Count is 0 or > MaxPlaces)
        {
            throw SfccScapiException.BadRequest($"placeType must be \"group\" or \"location\" and places must list 1 to {MaxPlaces} ids.");
        }
        var end = await call.Db.SfccInventoryChanges.Where(c => c.AccountId == call.Account.Id).MaxAsync(c => (long?)c.Seq, call.Http.RequestAborted) ?? 0;
        return SfccScapiProductEndpoints.Json(new JsonObject { ["deltaToken"] = new DeltaToken(call.Account.Id, placeType, places, end).Encode() });
    }

    /// <summary>The changes after the token, as each changed SKU's current record at each of the token's places.</summary>
    private static async Task<IResult> GetDeltasAsync(SfccScapiCall call)
    {
        var text = (call.Body as JsonObject)?["deltaToken"]?.ToString();
        var token = DeltaToken.Decode(text, call.Account.Id)
            ?? throw SfccScapiException.BadRequest("deltaToken is missing or not valid for this tenant group: create one with POST …/availability-records/delta-token.");
        var changes = await call.Db.SfccInventoryChanges.AsNoTracking()
            .Where(c => c.AccountId == call.Account.Id && c.Seq > token.Seq).OrderBy(c => c.Seq).Take(MaxDeltaChanges + 1)
            .Select(c => new { c.Seq, c.Sku, c.LocationId }).ToListAsync(call.Http.RequestAborted);
        var more = changes.Count > MaxDeltaChanges;
        var taken = changes.Take(MaxDeltaChanges).ToList();
        var warehouse = SfccLocations.Warehouse(call.Account);
        var touched = taken.Select(c => (c.Sku, Location: c.LocationId ?? warehouse)).Distinct().ToList();
        var stock = await StockAsync(call, [.. touched.Select(t => t.Sku).Distinct()]);

        var records = new JsonArray();
        if (token.PlaceType == "location")
        {
            foreach (var (sku, location) in touched.Where(t => token.Places.Contains(t.Location)))
            {
                var record = Record(sku, stock.Location(call.Account, location, sku) ?? 0);
                record["location"] = location;
                records.Add(record);
            }
        }
        else
        {
            foreach (var group in token.Places.Where(g => g == SfccLocations.Group(call.Account)))
            {
                foreach (var sku in touched.Select(t => t.Sku).Distinct())
                {
                    var record = Record(sku, stock.Group(call.Account, group, sku) ?? 0);
                    record["group"] = group;
                    records.Add(record);
                }
            }
        }
        var next = token with { Seq = taken.Count > 0 ? taken[^1].Seq : token.Seq };
        return SfccScapiProductEndpoints.Json(new JsonObject
        {
            ["nextDeltaToken"] = next.Encode(),
            ["shouldQueryAgain"] = more,
            ["records"] = records,
        });
    }

    private static JsonObject Record(string sku, int quantity) => new()
    {
        ["sku"] = sku, ["ato"] = quantity, ["atf"] = quantity, ["onHand"] = quantity, ["reserved"] = 0, ["safetyStockCount"] = 0, ["futures"] = new JsonArray(),
    };

    private static async Task<Stock> StockAsync(SfccScapiCall call, IReadOnlyCollection<string> skus)
    {
        var ct = call.Http.RequestAborted;
        var warehouse = await call.Db.SfccInventory.AsNoTracking().Where(r => r.AccountId == call.Account.Id && skus.Contains(r.ProductId))
            .ToDictionaryAsync(r => r.ProductId, r => Math.Max(0, r.Allocation - r.Turnover), ct);
        var others = await call.Db.SfccLocationStock.AsNoTracking().Where(s => s.AccountId == call.Account.Id && skus.Contains(s.Sku))
            .ToDictionaryAsync(s => (s.LocationId, s.Sku), s => Math.Max(0, s.OnHand), ct);
        return new Stock(warehouse, others);
    }

    /// <summary>What the instance holds for some SKUs: the inventory list (the warehouse) and the other locations.</summary>
    private sealed record Stock(Dictionary<string, int> Warehouse, Dictionary<(string Location, string Sku), int> Others)
    {
        public int? Location(SandboxAccount account, string location, string sku) =>
            location == SfccLocations.Warehouse(account) ? (Warehouse.TryGetValue(sku, out var w) ? w : null)
            : Others.TryGetValue((location, sku), out var q) ? q : null;

        /// <summary>The group's records add up its locations; a SKU no location holds has no record.</summary>
        public int? Group(SandboxAccount account, string group, string sku)
        {
            if (group != SfccLocations.Group(account))
            {
                return null;
            }
            var quantities = SfccLocations.All(account).Select(l => Location(account, l, sku)).OfType<int>().ToList();
            return quantities.Count == 0 ? null : quantities.Sum();
        }
    }

    /// <summary>The emulator's opaque token: which places, and how far the feed was read.</summary>
    private sealed record DeltaToken(Guid AccountId, string PlaceType, IReadOnlyList<string> Places, long Seq)
    {
        public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1\n{AccountId}\n{PlaceType}\n{string.Join('\t', Places)}\n{Seq}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static DeltaToken? Decode(string? text, Guid accountId)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            try
            {
                var b64 = text.Replace('-', '+').Replace('_', '/');
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '='))).Split('\n');
                return parts.Length == 5 && parts[0] == "v1" && Guid.TryParse(parts[1], out var account) && account == accountId
                    && parts[2] is "group" or "location" && long.TryParse(parts[4], out var seq)
                    ? new DeltaToken(account, parts[2], parts[3].Split('\t'), seq)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
