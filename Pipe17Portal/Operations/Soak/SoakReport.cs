namespace Pipe17Portal.Operations.Soak;

/// <summary>The soak's result table on standard output, and the verdict.</summary>
public static class SoakReport
{
    public static void Write(SoakOptions options, SoakLedger ledger, SoakFindings f, IReadOnlyDictionary<string, int> faults, TimeSpan elapsed, TextWriter output)
    {
        var rows = new (string Name, string Value, bool Bad)[]
        {
            ("orders created", $"{f.OrdersCreated}", f.OrdersCreated != options.Orders),
            ("orders in SFCC", $"{f.InSfcc}", false),
            ("lost", $"{f.Lost}", f.Lost > 0),
            ("duplicated", $"{f.Duplicated}", f.Duplicated > 0),
            ("wrong content", $"{f.WrongContent}", f.WrongContent > 0),
            ("cancellations in SFCC", $"{f.Cancellations - f.CancellationsMissing} of {f.Cancellations}", f.CancellationsMissing > 0),
            ("tracking on TikTok", $"{f.Tracking - f.TrackingMissing - f.TrackingDuplicated} of {f.Tracking}", f.TrackingMissing + f.TrackingDuplicated > 0),
            ("inventory mismatches", $"{f.InventoryMismatches} of {f.InventorySkus} SKUs ({ledger.StockChanges} stock changes)", f.InventoryMismatches > 0),
            ("stuck items", $"{f.Stuck}", f.Stuck > 0),
            ("open exceptions", $"{f.OpenExceptions}", f.OpenExceptions > 0),
            ("kills", $"{ledger.Kills} of {options.Kills}", ledger.Kills != options.Kills),
            ("faults injected", faults.Count == 0 ? "0" : $"{faults.Values.Sum()} ({string.Join(", ", faults.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))})", false),
            ("wall time", $"{elapsed.TotalMinutes:0.0} min", false),
        };
        output.WriteLine($"soak --orders {options.Orders} --fault-rate {options.FaultRate:0.###} --kills {options.Kills} (seed {options.Seed})");
        var width = rows.Max(r => r.Name.Length);
        output.WriteLine($"+-{new string('-', width)}-+-{new string('-', 60)}-+");
        foreach (var (name, value, bad) in rows)
        {
            output.WriteLine($"| {name.PadRight(width)} | {(value + (bad ? "   <-- FAIL" : "")).PadRight(60)} |");
        }
        output.WriteLine($"+-{new string('-', width)}-+-{new string('-', 60)}-+");
        foreach (var problem in f.Problems)
        {
            output.WriteLine($"  {problem}");
        }
        output.WriteLine(Passed(options, ledger, f) ? "soak: PASSED" : "soak: FAILED");
    }

    public static bool Passed(SoakOptions options, SoakLedger ledger, SoakFindings f) =>
        f.Clean && f.OrdersCreated == options.Orders && ledger.Kills == options.Kills;
}
