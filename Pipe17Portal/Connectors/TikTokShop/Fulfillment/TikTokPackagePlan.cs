using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Shipping;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// How one fulfillment goes to TikTok (pure). TikTok has one line item per unit; the fulfillment's units are matched to
/// the order line's unit ids that are not shipped yet (no tracking number, not cancelled). When they are exactly the
/// unshipped units of one package, that package is shipped; otherwise those units are split off into a package of their
/// own (Mark Package As Shipped), so each tracking number covers exactly its lines.
/// </summary>
public sealed record TikTokPackagePlan(IReadOnlyList<string> LineItemIds, string? WholePackageId, string? Problem)
{
    public bool IsSplit => WholePackageId is null;

    public static TikTokPackagePlan For(TikTokOrder tiktok, IReadOnlyList<OrderLine> lines, IReadOnlyList<ShipmentLine> shipped)
    {
        var open = tiktok.LineItems
            .Where(i => string.IsNullOrEmpty(i.TrackingNumber) && i.DisplayStatus != "CANCELLED" && i.PackageStatus is null or "TO_FULFILL")
            .ToDictionary(i => i.Id, StringComparer.Ordinal);
        List<string> chosen = [];
        foreach (var unit in shipped.Where(l => l.Quantity > 0))
        {
            var ids = lines.Where(l => string.Equals(l.Sku, unit.Sku, StringComparison.Ordinal))
                .SelectMany(l => l.SourceLineIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(id => open.ContainsKey(id) && !chosen.Contains(id)).Order(StringComparer.Ordinal).Take(unit.Quantity).ToList();
            if (ids.Count < unit.Quantity)
            {
                var known = lines.Any(l => string.Equals(l.Sku, unit.Sku, StringComparison.Ordinal));
                return new([], null, known
                    ? $"only {ids.Count} of the {unit.Quantity} unit(s) of {unit.Sku} are still unshipped on TikTok Shop"
                    : $"the order has no line with SKU {unit.Sku}");
            }
            chosen.AddRange(ids);
        }
        if (chosen.Count == 0)
        {
            return new([], null, "the fulfillment carries no units");
        }
        // The one package that holds exactly these unshipped units, if any.
        var packages = chosen.Select(id => open[id].PackageId).Distinct().ToList();
        var whole = packages is [{ } packageId] && open.Values.Where(i => i.PackageId == packageId).Select(i => i.Id).ToHashSet().SetEquals(chosen)
            ? packageId
            : null;
        return new(chosen, whole, null);
    }
}
