using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Fulfillment;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>
/// Every SFCC carrier seen on the fulfillments of a shop's orders has a row in the shop's carrier mapping (matched the way
/// the fulfillment push matches, <see cref="CarrierMatch"/>): an unmapped carrier's tracking cannot be sent to TikTok.
/// </summary>
public sealed class CarrierMappingCheck : ICheck
{
    public string Key => "fulfillment.carrier-mapping";
    public string Title => "Every Salesforce carrier is mapped to a TikTok shipping provider";
    public CheckArea Area => CheckArea.Fulfillment;
    public string HelpSlug => "carrier-mapping";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var shops = context.Of(ConnectorKind.TikTokShop);
        if (shops.Count == 0)
        {
            return CheckFinding.Fail("There is no TikTok Shop connection to send tracking to.", CheckFindings.AddConnection("your TikTok Shop"));
        }
        var parts = new List<(string, CheckFinding)>();
        foreach (var shop in shops)
        {
            var mappings = TikTokConnectionSettings.Read(shop.SettingsJson).CarrierMappings;
            var seen = await context.Db.Fulfillments.AsNoTracking()
                .Join(context.Db.Orders.AsNoTracking().Where(o => o.SourceConnectionId == shop.Id), f => f.OrderId, o => o.Id, (f, o) => new { f.Carrier, f.ShippingMethodId })
                .GroupBy(f => new { f.Carrier, f.ShippingMethodId })
                .Select(g => new { g.Key.Carrier, g.Key.ShippingMethodId, Count = g.Count() })
                .ToListAsync(ct);
            var fix = new CheckFix("Map each carrier to a TikTok shipping provider in the shop's carrier mapping.", CheckContext.ConnectionPage(shop.Id, "carrier-mapping"));
            var evidence = new List<string> { $"{CheckFindings.Count(mappings.Count, "carrier mapping row")}: {(mappings.Count == 0 ? "none" : string.Join(", ", mappings.Select(m => $"{m.SfccCarrier} → {m.ProviderName}")))}" };
            if (seen.Count == 0)
            {
                parts.Add((shop.DisplayName, CheckFinding.Pass($"No fulfillment of a '{shop.DisplayName}' order has come from Salesforce yet; nothing to map so far.", evidence)));
                continue;
            }
            var unmapped = seen.Where(s => CarrierMatch.Find(mappings, s.Carrier, s.ShippingMethodId) is null)
                .GroupBy(s => (s.Carrier ?? s.ShippingMethodId ?? "").Trim(), StringComparer.OrdinalIgnoreCase)
                .Select(g => (Carrier: g.Key, Count: g.Sum(x => x.Count)))
                .OrderByDescending(g => g.Count).ToList();
            var total = seen.Sum(s => s.Count);
            if (unmapped.Count == 0)
            {
                parts.Add((shop.DisplayName, CheckFinding.Pass($"All {CheckFindings.Count(total, "fulfillment")} of '{shop.DisplayName}' orders use a mapped carrier.", evidence)));
                continue;
            }
            evidence.AddRange(CheckFinding.Some(unmapped.Select(u => $"'{(u.Carrier.Length == 0 ? "(no carrier or shipping method)" : u.Carrier)}' on {CheckFindings.Count(u.Count, "fulfillment")} has no TikTok provider")));
            parts.Add((shop.DisplayName, CheckFinding.Fail(
                $"{CheckFindings.Count(unmapped.Count, "Salesforce carrier")} on {CheckFindings.Count(unmapped.Sum(u => u.Count), "fulfillment")} of {total} {(unmapped.Count == 1 ? "is" : "are")} not mapped: {string.Join(", ", unmapped.Take(5).Select(u => u.Carrier))}.",
                fix, evidence)));
        }
        return CheckFindings.Worst(parts);
    }
}
