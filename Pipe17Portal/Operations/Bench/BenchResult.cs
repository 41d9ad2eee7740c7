using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// One measured figure of a benchmark, printed as one JSON line on standard output (everything else goes to standard
/// error), e.g. <c>{"bench":"orders","metric":"push","n":10000,"seconds":181.6,"throughput_per_s":55.1,…,"met":false,…}</c>.
/// Throughput metrics fill <see cref="Seconds"/> and <see cref="ThroughputPerS"/>; latency metrics fill the percentiles;
/// a flow measured against its ceiling (the raw request rate of the emulator endpoints it uses, measured in the same run)
/// carries <see cref="CeilingPerS"/> and <see cref="RatioToCeiling"/>.
/// </summary>
public sealed record BenchResult(
    [property: JsonPropertyName("bench")] string Bench,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("seconds")] double? Seconds,
    [property: JsonPropertyName("throughput_per_s")] double? ThroughputPerS,
    [property: JsonPropertyName("p50_ms")] double? P50Ms,
    [property: JsonPropertyName("p95_ms")] double? P95Ms,
    [property: JsonPropertyName("p99_ms")] double? P99Ms,
    [property: JsonPropertyName("peak_working_set_mib")] long? PeakWorkingSetMib,
    [property: JsonPropertyName("ceiling_per_s")] double? CeilingPerS,
    [property: JsonPropertyName("ratio_to_ceiling")] double? RatioToCeiling,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("met")] bool? Met,
    [property: JsonPropertyName("machine")] string Machine)
{
    // Relaxed escaping: the line is read by people and scripts, not embedded in HTML, so "<=" stays "<=".
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>"2 cores, Linux x64, .NET 10.0.1": enough to tell runs on different machines apart.</summary>
    public static string ThisMachine { get; } =
        $"{Environment.ProcessorCount} cores, {OsName()} {RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}, .NET {Environment.Version}";

    /// <summary>The process's peak working set so far (VmHWM on Linux), in MiB.</summary>
    public static long PeakWorkingSetNowMib() => Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;

    /// <summary><paramref name="n"/> items in <paramref name="elapsed"/>.</summary>
    public static BenchResult Throughput(string bench, string metric, int n, TimeSpan elapsed, string target, Func<double, bool>? met = null, double? ceilingPerS = null)
    {
        var seconds = elapsed.TotalSeconds;
        var perSecond = seconds > 0 ? n / seconds : 0;
        double? ratio = ceilingPerS is > 0 ? perSecond / ceilingPerS.Value : null;
        return new BenchResult(bench, metric, n, Math.Round(seconds, 2), Math.Round(perSecond, 1), null, null, null, PeakWorkingSetNowMib(),
            ceilingPerS is { } c ? Math.Round(c, 1) : null, ratio is { } r ? Math.Round(r, 2) : null, target, met?.Invoke(perSecond), ThisMachine);
    }

    /// <summary>The same throughput, compared with a ceiling measured afterwards.</summary>
    public BenchResult WithCeiling(double? ceilingPerS) => this with
    {
        CeilingPerS = ceilingPerS,
        RatioToCeiling = ceilingPerS is > 0 && ThroughputPerS is { } t ? Math.Round(t / ceilingPerS.Value, 2) : null,
    };

    /// <summary>How long one thing took (no throughput).</summary>
    public static BenchResult Duration(string bench, string metric, int n, TimeSpan elapsed, string target, bool? met, long? peakWorkingSetMib = null) =>
        new(bench, metric, n, Math.Round(elapsed.TotalSeconds, 2), null, null, null, null, peakWorkingSetMib ?? PeakWorkingSetNowMib(), null, null, target, met, ThisMachine);

    /// <summary>Latencies in milliseconds, in any order: p50 / p95 / p99 by nearest rank.</summary>
    public static BenchResult Latency(string bench, string metric, IReadOnlyCollection<double> latenciesMs, string target, Func<double, double, bool> met)
    {
        var sorted = latenciesMs.Order().ToList();
        if (sorted.Count == 0)
        {
            return new BenchResult(bench, metric, 0, null, null, null, null, null, PeakWorkingSetNowMib(), null, null, target, null, ThisMachine);
        }
        var (p50, p95, p99) = (Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99));
        return new BenchResult(bench, metric, sorted.Count, null, null, Math.Round(p50, 1), Math.Round(p95, 1), Math.Round(p99, 1),
            PeakWorkingSetNowMib(), null, null, target, met(p95, p99), ThisMachine);
    }

    /// <summary>
    /// Nearest-rank percentile of an ascending list: the smallest value with at least <paramref name="percent"/> % of the
    /// values at or below it (rank ⌈p/100 · n⌉). With 50 values p99 is the largest one, as it should be.
    /// </summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>Writes the result as one JSON line on standard output, and a readable line on standard error.</summary>
    public void Write()
    {
        Console.Out.WriteLine(ToJson());
        Console.Out.Flush();
        Console.Error.WriteLine($"[{Bench} {Metric}] {Describe()}");
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private string Describe()
    {
        var parts = new List<string> { $"n={N}" };
        if (Seconds is { } s)
        {
            parts.Add($"{s:0.00} s");
        }
        if (ThroughputPerS is { } t)
        {
            parts.Add($"{t:0.0}/s");
        }
        if (P50Ms is { } p50)
        {
            parts.Add($"p50 {p50:0} ms, p95 {P95Ms:0} ms, p99 {P99Ms:0} ms");
        }
        if (CeilingPerS is { } c)
        {
            parts.Add($"ceiling {c:0.0}/s, ratio {RatioToCeiling:0.00}");
        }
        parts.Add($"peak working set {PeakWorkingSetMib} MiB");
        parts.Add($"target: {Target} → {(Met is null ? "n/a" : Met.Value ? "met" : "NOT met")}");
        return string.Join("; ", parts);
    }

    private static string OsName() =>
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : RuntimeInformation.OSDescription;
}
