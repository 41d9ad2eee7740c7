using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Domain.Shipping;

/// <summary>How far an order is fulfilled: the units shipped per SKU against the units still wanted on each line.</summary>
public static class FulfillmentProgress
{
    /// <summary>
    /// Fulfilled when every line's wanted units are shipped, partially fulfilled when some units are, null when none are.
    /// Units beyond a line's wanted quantity do not count twice for another line.
    /// </summary>
    public static OrderStatus? StatusFor(IEnumerable<OrderLine> lines, IEnumerable<ShipmentLine> shipped)
    {
        var units = shipped.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);
        if (units.Values.Sum() <= 0)
        {
            return null;
        }
        var wanted = lines.GroupBy(l => l.Sku, StringComparer.Ordinal).Select(g => (Sku: g.Key, Units: g.Sum(l => l.WantedQuantity))).Where(w => w.Units > 0).ToList();
        return wanted.All(w => units.GetValueOrDefault(w.Sku) >= w.Units) ? OrderStatus.Fulfilled : OrderStatus.PartialFulfillment;
    }
}
