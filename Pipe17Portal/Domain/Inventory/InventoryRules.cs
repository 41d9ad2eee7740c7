namespace Pipe17Portal.Domain.Inventory;

/// <summary>One location's stock of a SKU as SFCC reports it (Omnichannel Inventory's available to fulfil).</summary>
public sealed record LocationStock(string LocationId, decimal Available);

/// <summary>
/// The merchant's inventory rules for a TikTok connection: which SFCC locations count, how much is held back, and from
/// which level a SKU is shown as sold out. Groups chosen in the settings are expanded to their locations before they get
/// here, so a location is never counted twice.
/// </summary>
/// <param name="CountedLocations">The SFCC locations whose stock is offered on TikTok; empty means every location.</param>
/// <param name="BufferUnits">Units held back from what the counted locations have.</param>
/// <param name="BufferPercent">A share of what the counted locations have, held back as well (rounded up to whole units).</param>
/// <param name="OutOfStockThreshold">At or under this many units left to sell, TikTok is told 0.</param>
public sealed record InventoryRules(IReadOnlyList<string> CountedLocations, int BufferUnits = 0, decimal BufferPercent = 0, int OutOfStockThreshold = 0)
{
    public const int MaxBufferUnits = 1_000_000;

    /// <summary>Every location counts, nothing is held back: TikTok gets what SFCC has.</summary>
    public static InventoryRules Default { get; } = new([]);

    /// <summary>What is wrong with the rules, each in words a merchant can act on; empty when they can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (BufferUnits is < 0 or > MaxBufferUnits)
        {
            problems.Add($"The buffer in units must be a whole number from 0 to {MaxBufferUnits:N0}; it is {BufferUnits}.");
        }
        if (BufferPercent is < 0 or > 100)
        {
            problems.Add($"The buffer in percent must be from 0 to 100; it is {BufferPercent}.");
        }
        if (OutOfStockThreshold is < 0 or > MaxBufferUnits)
        {
            problems.Add($"The out-of-stock threshold must be a whole number from 0 to {MaxBufferUnits:N0}; it is {OutOfStockThreshold}.");
        }
        if (CountedLocations.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("A counted location has no id: pick the locations from the list SFCC reports.");
        }
        if (CountedLocations.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add($"The location '{twice.Key}' is chosen twice; each location counts once.");
        }
        return problems;
    }

    /// <summary>
    /// The quantity to offer on TikTok for one SKU: the counted locations' stock (a location reporting less than nothing
    /// counts as nothing, so it cannot eat another's stock), minus the held-back units and share, never below zero, and
    /// zero at or under the threshold. Fractions are dropped: TikTok sells whole units, and rounding up could oversell.
    /// </summary>
    public int AvailableToSell(IEnumerable<LocationStock> stock)
    {
        var counted = stock
            .Where(s => CountedLocations.Count == 0 || CountedLocations.Contains(s.LocationId, StringComparer.Ordinal))
            .Sum(s => Math.Max(0m, s.Available));
        var heldBack = Math.Ceiling(counted * BufferPercent / 100m) + BufferUnits;
        var left = Math.Floor(Math.Max(0m, counted - heldBack));
        var units = left > int.MaxValue ? int.MaxValue : (int)left;
        return units <= OutOfStockThreshold ? 0 : units;
    }
}
