using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pipe17Portal.Domain.Inventory;

namespace Pipe17Portal.Tests.Domain.Inventory;

public class InventoryRulesTests
{
    private static readonly LocationStock[] Stock = [new("store-1", 10), new("warehouse", 90), new("store-2", 0)];

    [Theory]
    // Nothing held back: every location's stock.
    [InlineData(new string[0], 0, 0, 0, 100)]
    // Only the counted locations.
    [InlineData(new[] { "warehouse" }, 0, 0, 0, 90)]
    [InlineData(new[] { "store-1", "store-2" }, 0, 0, 0, 10)]
    [InlineData(new[] { "elsewhere" }, 0, 0, 0, 0)]
    // Units and percent held back; the percent is rounded up (10 % of 95 = 9.5 → 10).
    [InlineData(new string[0], 5, 0, 0, 95)]
    [InlineData(new string[0], 0, 10, 0, 90)]
    [InlineData(new[] { "warehouse", "store-2" }, 5, 0, 0, 85)]
    [InlineData(new[] { "warehouse", "store-1" }, 0, 5, 0, 95)]
    [InlineData(new[] { "warehouse" }, 0, 10.5, 0, 80)]
    [InlineData(new string[0], 5, 10, 0, 85)]
    // Never below zero.
    [InlineData(new string[0], 150, 0, 0, 0)]
    [InlineData(new string[0], 0, 100, 0, 0)]
    // At or under the threshold: sold out; above it: all of it.
    [InlineData(new[] { "store-1" }, 0, 0, 10, 0)]
    [InlineData(new[] { "store-1" }, 0, 0, 9, 10)]
    [InlineData(new string[0], 5, 10, 85, 0)]
    [InlineData(new string[0], 5, 10, 84, 85)]
    public void WhatIsLeftToSell(string[] counted, int bufferUnits, double bufferPercent, int threshold, int expected) =>
        Assert.Equal(expected, new InventoryRules(counted, bufferUnits, (decimal)bufferPercent, threshold).AvailableToSell(Stock));

    [Fact]
    public void ALocationBelowZeroCountsAsNothingAndFractionsAreDropped()
    {
        LocationStock[] stock = [new("a", -7), new("b", 4.6m), new("c", 0.5m)];

        Assert.Equal(5, InventoryRules.Default.AvailableToSell(stock));
        Assert.Equal(4, new InventoryRules(["a", "b"]).AvailableToSell(stock));
        Assert.Equal(0, InventoryRules.Default.AvailableToSell([]));
    }

    [Fact]
    public void BadRulesAreExplained()
    {
        Assert.Empty(InventoryRules.Default.Problems());
        Assert.Empty(new InventoryRules(["warehouse"], 5, 12.5m, 2).Problems());

        var problems = new InventoryRules(["warehouse", " ", "warehouse"], -1, 101, -3).Problems();

        Assert.Collection(problems,
            p => Assert.Contains("buffer in units", p),
            p => Assert.Contains("buffer in percent", p),
            p => Assert.Contains("out-of-stock threshold", p),
            p => Assert.Contains("has no id", p),
            p => Assert.Contains("'warehouse' is chosen twice", p));
    }

    private static Arbitrary<(InventoryRules Rules, LocationStock[] Stock)> RulesAndStock() =>
        (from units in Gen.Choose(0, 50)
         from percent in Gen.Choose(0, 100)
         from threshold in Gen.Choose(0, 20)
         from counted in Gen.SubListOf(new[] { "a", "b", "c" })
         from levels in Gen.ArrayOf(Gen.Choose(-20, 500), 3)
         select (new InventoryRules([.. counted], units, percent, threshold),
             new[] { new LocationStock("a", levels[0]), new LocationStock("b", levels[1]), new LocationStock("c", levels[2]) }))
        .ToArbitrary();

    [Property]
    public Property NeverNegativeAndNeverMoreThanTheCountedStock() =>
        Prop.ForAll(RulesAndStock(), input =>
        {
            var (rules, stock) = input;
            var counted = stock.Where(s => rules.CountedLocations.Count == 0 || rules.CountedLocations.Contains(s.LocationId)).Sum(s => Math.Max(0m, s.Available));
            var available = rules.AvailableToSell(stock);
            return available >= 0 && available <= counted && (available == 0 || available > rules.OutOfStockThreshold);
        });

    [Property]
    public Property MoreStockNeverLeavesLessToSell() =>
        Prop.ForAll(RulesAndStock(), Gen.Choose(0, 100).ToArbitrary(), (input, extra) =>
        {
            var (rules, stock) = input;
            var more = stock.Select((s, i) => i == 0 ? s with { Available = s.Available + extra } : s).ToArray();
            return rules.AvailableToSell(more) >= rules.AvailableToSell(stock);
        });
}
