using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>
/// Omnichannel Inventory availability (`/inventory/availability/v1`, sfcc.inventory.availability):
/// POST …/availability-records/actions/get-availability {skus, groups | locations}. No official spec exists; the emulator
/// takes the organization id as the tenant group id, has one location "{site id}-warehouse" in one group "{site id}",
/// and answers ato = atf = onHand = the site inventory's ATS.
/// </summary>
public static class SfccOciEndpoints
{
    public const string Availability = "/inventory/availability/v1";
    public const int MaxSkus = 100;

    public static readonly IReadOnlyList<SfccScapiRoute> Routes =
    [
        new("POST", Availability, "/availability-records/actions/get-availability", "sfcc.inventory.availability", false, GetAvailabilityAsync),
    ];

    public static string Group(Pipe17Portal.Sandbox.Accounts.SandboxAccount account) => account.SfccSiteId;
    public static string Location(Pipe17Portal.Sandbox.Accounts.SandboxAccount account) => $"{account.SfccSiteId}-warehouse";

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
        var stock = await call.Db.SfccInventory.AsNoTracking().Where(r => r.AccountId == call.Account.Id && skus.Contains(r.ProductId))
            .ToDictionaryAsync(r => r.ProductId, r => Math.Max(0, r.Allocation - r.Turnover), call.Http.RequestAborted);
        JsonArray Records() => [.. skus.Where(stock.ContainsKey).Select(s => (JsonNode)new JsonObject
        {
            ["sku"] = s, ["ato"] = stock[s], ["atf"] = stock[s], ["onHand"] = stock[s], ["reserved"] = 0, ["safetyStockCount"] = 0, ["futures"] = new JsonArray(),
        })];
        JsonArray Entries(List<string> ids, string known) => [.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["records"] = id == known ? Records() : new JsonArray() })];
        return SfccScapiProductEndpoints.Json(new JsonObject
        {
            ["groups"] = groups is null ? new JsonArray() : Entries(groups, Group(call.Account)),
            ["locations"] = locations is null ? new JsonArray() : Entries(locations, Location(call.Account)),
        });
    }
}
